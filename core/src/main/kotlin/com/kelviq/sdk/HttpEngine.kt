package com.kelviq.sdk

/**
 * The HTTP engine under the SDK's Ktor client ([ConnectionConfig.engine]).
 *
 * - [JAVA] (the default): the SDK's own Ktor engine over the JDK's `java.net.http.HttpClient` (not Ktor's Java
 *   engine, which costs 2 to 3 times as much per call): one keep-alive connection pool for every method, shared by
 *   the clients of a JVM with the same connection settings, HTTP/2 over TLS when the server offers it, no extra
 *   dependency.
 * - [CIO]: Ktor's pure-Kotlin CIO engine. It sends every request other than a GET on a connection of
 *   its own (connect, one exchange, close), so each POST/PATCH/DELETE pays a TCP (and, over HTTPS, a TLS)
 *   handshake. Supported and tested; choose it only when a pure-Kotlin stack matters more than that cost.
 */
public enum class HttpEngine {
    /** The SDK's engine over the JDK `HttpClient`: pooled keep-alive connections for every method. The default. */
    JAVA,

    /** Ktor's CIO engine: pure Kotlin; one connection per non-GET request. */
    CIO,
}
