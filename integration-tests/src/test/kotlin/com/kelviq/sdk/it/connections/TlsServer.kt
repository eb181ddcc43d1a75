package com.kelviq.sdk.it.connections

import com.sun.net.httpserver.HttpsConfigurator
import com.sun.net.httpserver.HttpsParameters
import com.sun.net.httpserver.HttpsServer
import java.net.InetAddress
import java.net.InetSocketAddress
import java.security.KeyStore
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger
import javax.net.ssl.KeyManagerFactory
import javax.net.ssl.SSLContext

/**
 * An HTTPS server (the JDK's) on 127.0.0.1 with a [SelfSignedCertificate],
 * answering every request with [answer]. It counts TLS connections (one handshake each): the JDK's
 * server configures each new TLS connection through [HttpsConfigurator.configure].
 */
internal class TlsServer(private val answer: String) : AutoCloseable {
    private val certificate = SelfSignedCertificate()
    private val handshakes = AtomicInteger()
    private val requests = AtomicInteger()
    private val executor = Executors.newCachedThreadPool { r -> Thread(r, "tls-server").apply { isDaemon = true } }
    private val server: HttpsServer = HttpsServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64)

    /** A trust store holding only the server's certificate. */
    val trustStore: KeyStore = certificate.trustStore

    val baseUrl: String get() = "https://127.0.0.1:${server.address.port}"

    /** TLS connections (handshakes) accepted so far. */
    val handshakeCount: Int get() = handshakes.get()

    /** Requests answered so far. */
    val requestCount: Int get() = requests.get()

    init {
        val keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm()).apply { init(certificate.keyStore, certificate.password) }
        val context = SSLContext.getInstance("TLS").apply { init(keys.keyManagers, null, null) }
        server.httpsConfigurator = object : HttpsConfigurator(context) {
            override fun configure(params: HttpsParameters) {
                handshakes.incrementAndGet()
                params.setSSLParameters(context.defaultSSLParameters)
            }
        }
        server.executor = executor
        server.createContext("/") { exchange ->
            exchange.requestBody.use { it.readBytes() }
            requests.incrementAndGet()
            val bytes = answer.toByteArray(Charsets.UTF_8)
            exchange.responseHeaders.set("Content-Type", "application/json")
            exchange.sendResponseHeaders(200, bytes.size.toLong())
            exchange.responseBody.use { it.write(bytes) }
        }
        server.start()
    }

    override fun close() {
        server.stop(0)
        executor.shutdownNow()
    }
}
