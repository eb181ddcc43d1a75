package com.kelviq.sdk

/**
 * The parsed result of a call with the HTTP response it came from: what `withRawResponse` gives in every flavour.
 *
 * ```java
 * RawResponse<Customer> raw = client.withRawResponse(c -> c.customers().retrieve("c1"));
 * log.info("{} {} request id {}", raw.getStatusCode(), raw.getValue().getEmail(), raw.getRequestId());
 * ```
 * For a call that made several requests (retries, the pages of a `listAll`) it is the last successful
 * response. A call answered without an HTTP exchange of its own (an entitlement read served by the cache,
 * including a load shared with other callers, or an enqueue) has no status code and no headers.
 */
public class RawResponse<T> internal constructor(
    /** The parsed result, as the call returns it. */
    public val value: T,
    /** The HTTP status of the response, or `null` when the call made no exchange of its own. */
    public val statusCode: Int?,
    /** The response headers, names lower-cased, in the order received; empty without an exchange. */
    public val headers: Map<String, List<String>>,
) {
    /** The first value of the header [name] (any case), or `null`. */
    public fun header(name: String): String? = headers[name.lowercase()]?.firstOrNull()

    /** The server's request id (`X-Request-Id`, or `Request-Id`), or `null` when the response has none. */
    public val requestId: String? get() = header("x-request-id") ?: header("request-id")

    /** Shows the status, the request id and the value. */
    override fun toString(): String = "RawResponse(statusCode=$statusCode, requestId=$requestId, value=$value)"
}
