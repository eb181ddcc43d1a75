package com.kelviq.sdk

/**
 * The HTTP engine under the SDK's Ktor client ([ConnectionConfig.engine]).
 *
 * - [JAVA] (the default): Ktor's Java engine over the JDK's `java.net.http.HttpClient`: one keep-alive
 *   connection pool for every method, HTTP/2 over TLS when the server offers it, no extra dependency.
 * - [CIO]: Ktor's pure-Kotlin CIO engine. It sends every request other than a GET on a connection of
 *   its own (connect, one exchange, close), so each POST/PATCH/DELETE pays a TCP (and, over HTTPS, a TLS)
 *   handshake. Supported and tested; choose it only when a pure-Kotlin stack matters more than that cost.
 */
public enum class HttpEngine {
    /** Ktor's Java engine (JDK `HttpClient`): pooled keep-alive connections for every method. The default. */
    JAVA,

    /** Ktor's CIO engine: pure Kotlin; one connection per non-GET request. */
    CIO,
}
