package com.kelviq.sdk.it.connections

import io.ktor.http.ContentType
import io.ktor.server.application.ApplicationCallPipeline
import io.ktor.server.application.call
import io.ktor.server.engine.EmbeddedServer
import io.ktor.server.engine.embeddedServer
import io.ktor.server.engine.sslConnector
import io.ktor.server.netty.Netty
import io.ktor.server.netty.NettyApplicationEngine
import io.ktor.server.request.httpVersion
import io.ktor.server.request.receiveText
import io.ktor.server.response.respondText
import kotlinx.coroutines.runBlocking
import java.security.KeyStore
import java.util.Collections

/** An HTTPS server that offers HTTP/2 by ALPN (Ktor on Netty), answering [answer] and recording each request's protocol. */
internal class Http2Server(private val answer: String) : AutoCloseable {
    private val certificate = SelfSignedCertificate()

    /** The protocol of each request, as the server saw it (`HTTP/2`, `HTTP/1.1`). */
    val protocols: MutableList<String> = Collections.synchronizedList(ArrayList())

    /** A trust store holding only the server's certificate. */
    val trustStore: KeyStore = certificate.trustStore

    private val server: EmbeddedServer<NettyApplicationEngine, NettyApplicationEngine.Configuration> = embeddedServer(
        Netty,
        configure = {
            sslConnector(certificate.keyStore, SelfSignedCertificate.ALIAS, { certificate.password }, { certificate.password }) {
                host = "127.0.0.1"
                port = 0
            }
            enableHttp2 = true
        },
    ) {
        intercept(ApplicationCallPipeline.Call) {
            protocols += call.request.httpVersion
            call.receiveText()
            call.respondText(answer, ContentType.Application.Json)
        }
    }.start(wait = false)

    val baseUrl: String = "https://127.0.0.1:" + runBlocking { server.engine.resolvedConnectors().first().port }

    override fun close() {
        server.stop(0, 1000)
    }
}
