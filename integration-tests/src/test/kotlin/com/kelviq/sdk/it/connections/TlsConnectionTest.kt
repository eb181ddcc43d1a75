package com.kelviq.sdk.it.connections

import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.ConnectionConfig
import com.kelviq.sdk.HttpEngine
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.it.reliability.Rigs
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeLessThanOrEqual
import io.kotest.matchers.shouldBe
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory

/**
 * Real TLS on loopback: a self-signed certificate trusted through [ConnectionConfig.trustStore] (or
 * [ConnectionConfig.sslContext]), and one TLS handshake per pooled connection, not one per call.
 */
class TlsConnectionTest : FunSpec({
    lateinit var server: TlsServer

    beforeEach { server = TlsServer(USAGE_ANSWER) }
    afterEach { server.close() }

    fun config(connection: ConnectionConfig.Builder): KelviqConfig =
        KelviqConfig.builder().apiKey("kelviq_test_key").baseUrl(server.baseUrl).edgeUrl("${server.baseUrl}/edge").maxRetries(0)
            .connection(connection.engine(Rigs.ENGINE).build()).build()

    test("40 reports over HTTPS, trusted through the trust store: one handshake per pooled connection") {
        Rigs.fastCore(config(ConnectionConfig.builder().trustStore(server.trustStore))).use { core ->
            repeat(40) { core.reporting.reportUsage(if (it % 2 == 0) Rigs.delta(1) else Rigs.set(1)) }
        }
        server.requestCount shouldBe 40
        if (Rigs.ENGINE == HttpEngine.JAVA) {
            server.handshakeCount shouldBeLessThanOrEqual 2
        } else {
            server.handshakeCount shouldBe 40 // CIO: a connection, so a handshake, per POST (README, "Connections")
        }
    }

    test("an SSLContext trusting the certificate works the same (Java engine)") {
        if (Rigs.ENGINE == HttpEngine.JAVA) {
            val trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm()).apply { init(server.trustStore) }
            val context = SSLContext.getInstance("TLS").apply { init(null, trust.trustManagers, null) }
            Rigs.fastCore(config(ConnectionConfig.builder().sslContext(context))).use { core ->
                repeat(10) { core.reporting.reportUsage(Rigs.set(1)) }
            }
            server.handshakeCount shouldBeLessThanOrEqual 2
        } else {
            shouldThrow<com.kelviq.sdk.errors.KelviqValidationException> {
                ConnectionConfig.builder().engine(HttpEngine.CIO).sslContext(SSLContext.getDefault()).build()
            }.field shouldBe "connection.sslContext"
        }
    }

    test("without the trust setting the self-signed server is refused: nothing is sent") {
        Rigs.fastCore(config(ConnectionConfig.builder())).use { core ->
            shouldThrow<KelviqIoException> { core.reporting.reportUsage(Rigs.set(1)) }
        }
        server.requestCount shouldBe 0
    }
    test("HTTP/2 when the server offers it over TLS (Java engine); HTTP/1.1 on CIO") {
        Http2Server(USAGE_ANSWER).use { h2 ->
            val config = KelviqConfig.builder().apiKey("kelviq_test_key").baseUrl(h2.baseUrl).edgeUrl("${h2.baseUrl}/edge").maxRetries(0)
                .connection(ConnectionConfig.builder().engine(Rigs.ENGINE).trustStore(h2.trustStore).build()).build()
            Rigs.fastCore(config).use { core -> repeat(5) { core.reporting.reportUsage(Rigs.set(1)) } }
            h2.protocols.size shouldBe 5
            h2.protocols.toSet() shouldBe setOf(if (Rigs.ENGINE == HttpEngine.JAVA) "HTTP/2" else "HTTP/1.1")
        }
    }
}) {
    private companion object {
        const val USAGE_ANSWER = """{"value":1,"customerId":"cust-1","featureId":"api-calls","behaviour":"SET","orgId":"o",""" +
            """"eventName":"e","idempotencyKey":"k","timestamp":"2025-05-23 10:30:00.123456"}"""
    }
}
