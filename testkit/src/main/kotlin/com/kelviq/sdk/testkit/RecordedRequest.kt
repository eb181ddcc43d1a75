package com.kelviq.sdk.testkit

import java.util.Collections

/**
 * One request as the [KelviqTestServer] received it, immutable, for assertions.
 *
 * ```java
 * RecordedRequest last = server.lastRequest();
 * assertEquals("POST", last.getMethod());
 * assertEquals("/api/v1/customers/", last.getPath());
 * assertEquals("application/json", last.header("content-type"));
 * ```
 *
 * [toString] redacts the `Authorization` value; [header] returns it in full for assertions.
 */
public class RecordedRequest internal constructor(
    /** The position of this request among all the server received, from 1. */
    public val sequence: Int,
    /** The HTTP method, e.g. `GET`. */
    public val method: String,
    /** The path as received, still percent-encoded, e.g. `/api/v1/customers/a%2Fb/`. */
    public val path: String,
    /** The raw query string without `?` (still percent-encoded), or `null` when there was none. */
    public val query: String?,
    headers: Map<String, List<String>>,
    /** The body as UTF-8 text; empty when there was none. */
    public val body: String,
    /**
     * The client end of the TCP connection the request arrived on (`127.0.0.1:54321`): requests with the
     * same value shared one connection. [KelviqTestServer.connectionCount] counts the distinct values.
     */
    public val clientAddress: String = "",
) {
    /** Every header, names in lower case, values in arrival order. */
    public val headers: Map<String, List<String>> =
        Collections.unmodifiableMap(headers.entries.associate { (k, v) -> k.lowercase() to v.toList() })

    /** The path and query as received: `/api/v1/customers/?page=2`. */
    public val target: String get() = if (query == null) path else "$path?$query"

    /** Whether the request went to the edge host (`/edge/...`), where entitlements are served. */
    public val isEdge: Boolean get() = path.startsWith("/edge/")

    /** The first value of header [name] (case-insensitive), or `null`. */
    public fun header(name: String): String? = headers[name.lowercase()]?.firstOrNull()

    /** Every value of header [name] (case-insensitive); empty when absent. */
    public fun headerValues(name: String): List<String> = headers[name.lowercase()].orEmpty()

    /** Shows method, target, headers (the `Authorization` value redacted) and body. */
    override fun toString(): String {
        val shown = headers.entries.joinToString(", ") { (k, v) ->
            if (k == "authorization") "$k=[${v.joinToString { redact(it) }}]" else "$k=$v"
        }
        return "RecordedRequest(#$sequence $method $target, headers={$shown}, body=$body)"
    }

    internal companion object {
        fun redact(value: String): String =
            if (value.startsWith("Bearer ", ignoreCase = true)) value.substring(0, 7) + "****" else "****"
    }
}
