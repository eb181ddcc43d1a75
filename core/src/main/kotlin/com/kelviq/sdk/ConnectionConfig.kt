package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqValidationException
import java.security.KeyStore
import java.time.Duration
import javax.net.ssl.SSLContext

/**
 * How the SDK connects: the [engine], the bound on connections per host, how long an idle pooled
 * connection is kept, an HTTP proxy, and custom TLS trust.
 *
 * ```java
 * KelviqConfig config = KelviqConfig.builder()
 *     .apiKey(key)
 *     .connection(ConnectionConfig.builder()
 *         .maxConnectionsPerHost(32)
 *         .proxy("proxy.internal", 3128)
 *         .trustStore(corporateTrustStore)
 *         .build())
 *     .build();
 * ```
 * `toString()` never shows the proxy password.
 */
public class ConnectionConfig private constructor(builder: Builder) {
    /** The engine, [HttpEngine.JAVA] by default. */
    public val engine: HttpEngine = builder.engine

    /**
     * At most this many requests are in flight to one host (the API host and the edge host each) at a
     * time, so at most this many HTTP/1.1 connections are open to it; further calls wait for a free slot
     * (the wait counts against the call's timeout). 64 by default.
     */
    public val maxConnectionsPerHost: Int = builder.maxConnectionsPerHost

    /**
     * How long an idle pooled connection is kept before it is closed, 30 s by default (below the idle
     * limits of common load balancers and NATs, which drop idle connections silently).
     *
     * With [HttpEngine.JAVA] the JDK reads this once per JVM, from the system property
     * `jdk.httpclient.keepalive.timeout` (seconds): the SDK sets that property when it creates its first
     * client, unless the property is already set (an explicit setting always wins) or another
     * `java.net.http.HttpClient` was created in this JVM before (then the JDK's value stays, 1200 s by default).
     */
    public val idleConnectionTimeout: Duration = builder.idleConnectionTimeout

    /** The HTTP proxy host, or `null` for a direct connection (the default). */
    public val proxyHost: String? = builder.proxyHost

    /** The HTTP proxy port (with [proxyHost]). */
    public val proxyPort: Int = builder.proxyPort

    /**
     * The user name for proxy authentication (Basic; [HttpEngine.JAVA] only), or `null`. For `https://` targets
     * the JDK refuses Basic on CONNECT tunnels unless the JVM runs with `-Djdk.http.auth.tunneling.disabledSchemes=`.
     */
    public val proxyUsername: String? = builder.proxyUsername

    internal val proxyPassword: String? = builder.proxyPassword

    /** The TLS context to use instead of the JVM default (for example one trusting a private CA), or `null`. */
    public val sslContext: SSLContext? = builder.sslContext

    /** A trust store to trust instead of the JVM's default one, or `null`. Exclusive with [sslContext]. */
    public val trustStore: KeyStore? = builder.trustStore

    /** A builder pre-filled with these settings. */
    public fun toBuilder(): Builder = Builder().also {
        it.engine = engine
        it.maxConnectionsPerHost = maxConnectionsPerHost
        it.idleConnectionTimeout = idleConnectionTimeout
        it.proxyHost = proxyHost
        it.proxyPort = proxyPort
        it.proxyUsername = proxyUsername
        it.proxyPassword = proxyPassword
        it.sslContext = sslContext
        it.trustStore = trustStore
    }

    /** Shows every setting except the proxy password. */
    override fun toString(): String =
        "ConnectionConfig(engine=$engine, maxConnectionsPerHost=$maxConnectionsPerHost, idleConnectionTimeout=$idleConnectionTimeout, " +
            "proxy=${proxyHost?.let { "$it:$proxyPort" }}, proxyUsername=$proxyUsername, proxyPassword=${proxyPassword?.let { "****" }}, " +
            "sslContext=${sslContext?.protocol}, trustStore=${trustStore?.type})"

    /** Builds a [ConnectionConfig]; every setting has a default. */
    public class Builder internal constructor() {
        /** The engine, [HttpEngine.JAVA] by default. */
        public var engine: HttpEngine = HttpEngine.JAVA

        /** In-flight requests (connections) per host at most, 64 by default. 1 or more. */
        public var maxConnectionsPerHost: Int = 64

        /** Idle time after which a pooled connection is closed, 30 s by default. Positive, whole seconds. */
        public var idleConnectionTimeout: Duration = Duration.ofSeconds(30)

        /** The HTTP proxy host, `null` for none. */
        public var proxyHost: String? = null

        /** The HTTP proxy port. */
        public var proxyPort: Int = 0

        /** The proxy user name, `null` for none. */
        public var proxyUsername: String? = null

        /** The proxy password (never printed), with [proxyUsername]. */
        public var proxyPassword: String? = null

        /** A TLS context replacing the JVM default, `null` for the default. */
        public var sslContext: SSLContext? = null

        /** A trust store replacing the JVM default one, `null` for the default. */
        public var trustStore: KeyStore? = null

        /** Sets [engine]. */
        public fun engine(engine: HttpEngine): Builder = apply { this.engine = engine }

        /** Sets [maxConnectionsPerHost]. */
        public fun maxConnectionsPerHost(maxConnectionsPerHost: Int): Builder = apply { this.maxConnectionsPerHost = maxConnectionsPerHost }

        /** Sets [idleConnectionTimeout]. */
        public fun idleConnectionTimeout(idleConnectionTimeout: Duration): Builder = apply { this.idleConnectionTimeout = idleConnectionTimeout }

        /** Routes every request through the HTTP proxy at [host]:[port]. */
        public fun proxy(host: String, port: Int): Builder = apply {
            this.proxyHost = host
            this.proxyPort = port
        }

        /** Authenticates to the proxy with Basic [username] and [password]. */
        public fun proxyCredentials(username: String, password: String): Builder = apply {
            this.proxyUsername = username
            this.proxyPassword = password
        }

        /** Sets [sslContext]. */
        public fun sslContext(sslContext: SSLContext?): Builder = apply { this.sslContext = sslContext }

        /** Sets [trustStore]. */
        public fun trustStore(trustStore: KeyStore?): Builder = apply { this.trustStore = trustStore }

        /** Checks and builds. @throws KelviqValidationException naming the invalid setting. */
        public fun build(): ConnectionConfig {
            @Suppress("SENSELESS_COMPARISON") // a null from Java
            if (engine == null) throw KelviqValidationException("connection.engine", "is required")
            if (maxConnectionsPerHost < 1) {
                throw KelviqValidationException("connection.maxConnectionsPerHost", "must be 1 or more, was $maxConnectionsPerHost")
            }
            @Suppress("SENSELESS_COMPARISON")
            if (idleConnectionTimeout == null || idleConnectionTimeout.seconds < 1) {
                throw KelviqValidationException("connection.idleConnectionTimeout", "must be 1 s or more, was $idleConnectionTimeout")
            }
            if (idleConnectionTimeout > com.kelviq.sdk.internal.validation.Bounds.MAX_IDLE_CONNECTION) {
                throw KelviqValidationException(
                    "connection.idleConnectionTimeout", "must be at most ${com.kelviq.sdk.internal.validation.Bounds.MAX_IDLE_CONNECTION}, was $idleConnectionTimeout",
                )
            }
            val host = proxyHost
            if (host != null) {
                if (host.isBlank() || host.any { it.isWhitespace() || it.isISOControl() || it == '/' }) {
                    throw KelviqValidationException("connection.proxyHost", "must be a host name or address")
                }
                if (proxyPort !in 1..65535) throw KelviqValidationException("connection.proxyPort", "must be 1..65535, was $proxyPort")
            }
            if ((proxyUsername == null) != (proxyPassword == null)) {
                throw KelviqValidationException("connection.proxyCredentials", "need both a user name and a password")
            }
            if (proxyUsername != null && host == null) {
                throw KelviqValidationException("connection.proxyCredentials", "are set but no proxy is")
            }
            if (sslContext != null && trustStore != null) {
                throw KelviqValidationException("connection.trustStore", "cannot be combined with connection.sslContext; put the trust into the context")
            }
            if (engine == HttpEngine.CIO && proxyUsername != null) {
                throw KelviqValidationException("connection.proxyCredentials", "are not supported by the CIO engine; use HttpEngine.JAVA")
            }
            if (engine == HttpEngine.CIO && sslContext != null) {
                throw KelviqValidationException("connection.sslContext", "is not supported by the CIO engine; use connection.trustStore")
            }
            return ConnectionConfig(this)
        }
    }

    /** Factories and presets. */
    public companion object {
        /** The defaults: Java engine, 64 connections per host, 30 s idle, no proxy, the JVM's TLS trust. */
        @JvmField
        public val DEFAULT: ConnectionConfig = Builder().build()

        /** A new builder with the defaults. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Builds a [ConnectionConfig] with a Kotlin DSL:
 * ```kotlin
 * KelviqConfig { apiKey = key; connection = ConnectionConfig { engine = HttpEngine.CIO } }
 * ```
 */
@JvmSynthetic
public fun ConnectionConfig(block: ConnectionConfig.Builder.() -> Unit): ConnectionConfig =
    ConnectionConfig.builder().apply(block).build()
