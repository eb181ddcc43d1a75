package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqValidationException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.security.KeyStore
import java.time.Duration
import javax.net.ssl.SSLContext

/** The connection settings: defaults, each invalid setting refused by name, and the proxy password never shown. */
class ConnectionConfigTest : FunSpec({
    test("defaults: the JDK engine, 64 connections per host, 30 s idle, direct, the JVM's trust") {
        val c = ConnectionConfig.DEFAULT
        c.engine shouldBe HttpEngine.JAVA
        c.maxConnectionsPerHost shouldBe 64
        c.idleConnectionTimeout shouldBe Duration.ofSeconds(30)
        c.proxyHost shouldBe null
        c.sslContext shouldBe null
        c.trustStore shouldBe null
        KelviqConfig { apiKey = "sk_test_k" }.connection shouldBe c
    }

    class Refusal(val name: String, val field: String, val build: () -> Unit)

    context("each invalid setting is refused with its name, before anything is sent") {
        withData(
            nameFn = { it.name },
            Refusal("0 connections", "connection.maxConnectionsPerHost") { ConnectionConfig.builder().maxConnectionsPerHost(0).build() },
            Refusal("idle under 1 s", "connection.idleConnectionTimeout") {
                ConnectionConfig.builder().idleConnectionTimeout(Duration.ofMillis(500)).build()
            },
            Refusal("blank proxy host", "connection.proxyHost") { ConnectionConfig.builder().proxy(" ", 3128).build() },
            Refusal("proxy port 0", "connection.proxyPort") { ConnectionConfig.builder().proxy("proxy", 0).build() },
            Refusal("credentials without a proxy", "connection.proxyCredentials") {
                ConnectionConfig.builder().proxyCredentials("u", "p").build()
            },
            Refusal("both TLS settings", "connection.trustStore") {
                ConnectionConfig.builder().sslContext(SSLContext.getDefault()).trustStore(KeyStore.getInstance("PKCS12")).build()
            },
            Refusal("CIO with an SSLContext", "connection.sslContext") {
                ConnectionConfig.builder().engine(HttpEngine.CIO).sslContext(SSLContext.getDefault()).build()
            },
            Refusal("CIO with proxy credentials", "connection.proxyCredentials") {
                ConnectionConfig.builder().engine(HttpEngine.CIO).proxy("proxy", 3128).proxyCredentials("u", "p").build()
            },
        ) { r -> shouldThrow<KelviqValidationException> { r.build() }.field shouldBe r.field }
    }

    test("a null connection from Java is refused by name") {
        val builder = KelviqConfig.builder().apiKey("sk_test_k")
        // what `builder.connection(null)` does from Java, where Kotlin's non-null type is not checked
        KelviqConfig.Builder::class.java.getMethod("connection", ConnectionConfig::class.java).invoke(builder, null)
        shouldThrow<KelviqValidationException> { builder.build() }.field shouldBe "connection"
    }

    test("toString shows the proxy and the user, never the password") {
        val c = ConnectionConfig.builder().proxy("proxy.internal", 3128).proxyCredentials("svc", "s3cr3t-Pa55").build()
        c.toString() shouldContain "proxy.internal:3128"
        c.toString() shouldContain "svc"
        c.toString() shouldNotContain "s3cr3t-Pa55"
        KelviqConfig { apiKey = "sk_test_k"; connection = c }.toString() shouldNotContain "s3cr3t-Pa55"
    }

    test("the JVM setting that would make the JDK resend POSTs is refused when a client is built") {
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "true")
        try {
            val e = shouldThrow<KelviqValidationException> { KelviqCore.create(KelviqConfig { apiKey = "sk_test_k" }) }
            e.field shouldBe "connection.engine"
            e.message!! shouldContain "enableAllMethodRetry"
            KelviqCore.create(KelviqConfig { apiKey = "sk_test_k"; connection = ConnectionConfig { engine = HttpEngine.CIO } }).close()
        } finally {
            System.clearProperty("jdk.httpclient.enableAllMethodRetry")
        }
        KelviqCore.create(KelviqConfig { apiKey = "sk_test_k" }).close()
    }
})
