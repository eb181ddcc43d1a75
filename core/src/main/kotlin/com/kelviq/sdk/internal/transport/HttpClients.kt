package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.ConnectionConfig
import com.kelviq.sdk.HttpEngine
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.errors.KelviqValidationException
import io.ktor.client.HttpClient
import io.ktor.client.HttpClientConfig
import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpTimeout
import java.net.Authenticator
import java.net.InetSocketAddress
import java.net.PasswordAuthentication
import java.net.Proxy
import java.net.ProxySelector
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509TrustManager
import java.net.http.HttpClient as JdkHttpClient

/** Builds the Ktor client of a transport: the engine chosen by [ConnectionConfig], and the few plugins the SDK uses. */
internal object HttpClients {
    /** A client over [engine] when given (tests, a Kotlin user's own engine), else over [ConnectionConfig.engine]. */
    fun create(config: KelviqConfig, engine: HttpClientEngine?, maxResponseBytes: Long): HttpClient {
        if (engine != null) return HttpClient(engine) { sdkDefaults() }
        val connection = config.connection
        return when (connection.engine) {
            HttpEngine.JAVA -> java(config, connection, maxResponseBytes)
            HttpEngine.CIO -> cio(connection)
        }
    }

    /** No exceptions for statuses (the SDK maps them), no redirects (never forward the key), per-attempt timeouts. */
    private fun HttpClientConfig<*>.sdkDefaults() {
        expectSuccess = false
        followRedirects = false
        install(HttpTimeout)
    }

    private fun java(config: KelviqConfig, connection: ConnectionConfig, maxResponseBytes: Long): HttpClient {
        requireNoPostResend()
        JdkKeepAlive.applyOnce(connection.idleConnectionTimeout)
        // HTTP/2 only over TLS (negotiated by ALPN); over cleartext the JDK would add h2c upgrade headers.
        val http2 = config.baseUrl.startsWith("https://") && config.edgeUrl.startsWith("https://")
        val settings = SharedJdkClients.Settings(
            http2, config.connectTimeout, connection.sslContext, connection.trustStore,
            connection.proxyHost, connection.proxyPort, connection.proxyUsername, connection.proxyPassword,
        )
        val lease = SharedJdkClients.lease(settings) { jdkClient(settings) }
        // No HttpTimeout plugin: the engine enforces each attempt's timeout with the JDK's own timer.
        return HttpClient(JdkEngine(lease, maxResponseBytes)) {
            expectSuccess = false
            followRedirects = false
        }
    }

    private fun jdkClient(settings: SharedJdkClients.Settings): JdkHttpClient = JdkHttpClient.newBuilder().apply {
        version(if (settings.http2) JdkHttpClient.Version.HTTP_2 else JdkHttpClient.Version.HTTP_1_1)
        connectTimeout(settings.connectTimeout)
        followRedirects(JdkHttpClient.Redirect.NEVER)
        settings.sslContext?.let { sslContext(it) }
        settings.trustStore?.let { sslContext(TrustStores.sslContext(it)) }
        settings.proxyHost?.let { host -> proxy(ProxySelector.of(InetSocketAddress.createUnresolved(host, settings.proxyPort))) }
        val user = settings.proxyUsername
        val password = settings.proxyPassword
        if (user != null && password != null) authenticator(ProxyAuthenticator(user, password))
    }.build()

    /**
     * `-Djdk.httpclient.enableAllMethodRetry` makes the JDK client resend a POST by itself when its connection
     * closes before an answer: a `DELTA` report or a charge could be counted twice. Refused (JVM-wide setting).
     */
    private fun requireNoPostResend() {
        val value = System.getProperty(ALL_METHOD_RETRY) ?: return
        if (value.isEmpty() || value.toBoolean()) {
            throw KelviqValidationException(
                "connection.engine",
                "cannot be HttpEngine.JAVA while the JVM runs with -D$ALL_METHOD_RETRY=$value: the JDK client would resend " +
                    "POSTs that may have been processed (a DELTA report counted twice); remove that property or use HttpEngine.CIO",
            )
        }
    }

    private const val ALL_METHOD_RETRY = "jdk.httpclient.enableAllMethodRetry"

    private fun cio(connection: ConnectionConfig): HttpClient = HttpClient(CIO) {
        sdkDefaults()
        engine {
            maxConnectionsCount = 1000
            requestTimeout = 0 // the HttpTimeout plugin enforces the configured per-attempt timeout
            proxy = proxyOf(connection)
            connection.trustStore?.let { store -> https { trustManager = TrustStores.trustManager(store) } }
        }
    }

    private fun proxyOf(connection: ConnectionConfig): Proxy? =
        connection.proxyHost?.let { Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(it, connection.proxyPort)) }

    /** Answers the proxy's authentication challenge only (never a server's), with the configured credentials. */
    private class ProxyAuthenticator(private val user: String, private val password: String) : Authenticator() {
        override fun getPasswordAuthentication(): PasswordAuthentication? =
            if (requestorType == RequestorType.PROXY) PasswordAuthentication(user, password.toCharArray()) else null

        override fun toString(): String = "ProxyAuthenticator(user=$user, password=****)"
    }
}

/** TLS trust built from a [java.security.KeyStore]. */
internal object TrustStores {
    fun trustManager(store: java.security.KeyStore): X509TrustManager {
        val factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        factory.init(store)
        return factory.trustManagers.filterIsInstance<X509TrustManager>().first()
    }

    fun sslContext(store: java.security.KeyStore): javax.net.ssl.SSLContext =
        javax.net.ssl.SSLContext.getInstance("TLS").apply { init(null, arrayOf(trustManager(store)), null) }
}

/**
 * The JDK keeps idle pooled connections for `jdk.httpclient.keepalive.timeout` seconds (1200 by default),
 * read once per JVM when its first `HttpClient` is created. The SDK sets it from
 * [ConnectionConfig.idleConnectionTimeout] unless it is set already: an explicit `-D` always wins.
 */
internal object JdkKeepAlive {
    private const val PROPERTY = "jdk.httpclient.keepalive.timeout"

    @Synchronized
    fun applyOnce(idle: java.time.Duration) {
        if (System.getProperty(PROPERTY) == null) System.setProperty(PROPERTY, idle.seconds.toString())
    }
}
