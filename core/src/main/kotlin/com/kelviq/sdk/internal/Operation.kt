package com.kelviq.sdk.internal

import kotlinx.serialization.json.JsonElement

/** Which base URL an operation is sent to. */
internal enum class Host { API, EDGE }

/** The HTTP methods the Kelviq API uses. */
internal enum class Method { GET, POST, PATCH, DELETE }

/**
 * Whether repeating an operation is harmless.
 *
 * [IDEMPOTENT] operations retry on connection failures, timeouts, 408, 429, 500, 502, 503 and 504.
 * [NON_IDEMPOTENT] ones (they could charge or create twice) retry only when the request surely
 * was not processed: connection failures before the request was written, and 429.
 */
internal enum class RetrySafety { IDEMPOTENT, NON_IDEMPOTENT }

/**
 * One Kelviq API call, described once: method, host, path, query, body and how to decode the answer.
 * The transport executes any operation; area services only build them.
 *
 * @property path the path segments after `/api/{version}/`, each percent-encoded as one segment;
 *   every Kelviq path ends with a slash, which the transport appends.
 * @property query query parameters in order, snake_case keys, unencoded values.
 * @property body the JSON body, or `null` for none.
 * @property outsidePublishedSpec whether Kelviq's published OpenAPI lacks this operation (`customers.retrieve`,
 *   `customers.archive`, `reporting.reportEvent`): a 404 or 405 answer then says so in its message.
 */
internal class Operation<T>(
    val name: String,
    val method: Method,
    val host: Host,
    val path: List<String>,
    val query: List<Pair<String, String>> = emptyList(),
    val body: JsonElement? = null,
    val safety: RetrySafety,
    val decoder: ResponseDecoder<T>,
    val outsidePublishedSpec: Boolean = false,
)

/** Turns a 2xx response into a model. Throws anything on failure; the transport wraps it. */
internal fun interface ResponseDecoder<T> {
    fun decode(status: Int, body: String): T
}
