package com.kelviq.sdk.it.connections

import java.io.File
import java.nio.file.Files
import java.security.KeyStore
import java.util.concurrent.TimeUnit

/** A self-signed certificate for 127.0.0.1, made by the JDK's `keytool` for one test: the server's key store and a client trust store. */
internal class SelfSignedCertificate {
    val password: CharArray = "changeit".toCharArray()

    /** The server's key and certificate, under [ALIAS]. */
    val keyStore: KeyStore = generate()

    /** A trust store holding only the certificate. */
    val trustStore: KeyStore = KeyStore.getInstance("PKCS12").apply {
        load(null, null)
        setCertificateEntry(ALIAS, keyStore.getCertificate(ALIAS))
    }

    private fun generate(): KeyStore {
        val dir = Files.createTempDirectory("kelviq-tls").toFile()
        try {
            val file = File(dir, "server.p12")
            val keytool = File(System.getProperty("java.home"), "bin/keytool").path
            val process = ProcessBuilder(
                keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", file.path, "-storepass", String(password), "-keypass", String(password),
            ).redirectErrorStream(true).start()
            val output = process.inputStream.bufferedReader().readText()
            check(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) { "keytool failed: $output" }
            return KeyStore.getInstance("PKCS12").apply { file.inputStream().use { load(it, password) } }
        } finally {
            dir.deleteRecursively()
        }
    }

    companion object {
        const val ALIAS: String = "kelviq-test"
    }
}
