package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.KelviqOperation
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
 * One Kelviq API call: the [key] of the operation table ([KelviqOperation] gives the method, host, path template,
 * retry safety and whether the published OpenAPI has it), with what this call fills in: the path's arguments, the
 * query, the body and how to decode the answer. The transport executes any operation; area services only build them.
 *
 * @property query query parameters in order, snake_case keys, unencoded values.
 * @property body the JSON body, or `null` for none.
 * @param pathArgs the values of the template's `{placeholders}`, in order; each is percent-encoded as one segment.
 * @param safety this call's retry safety when it depends on the params (a `SET` usage report is idempotent, a
 *   `DELTA` one is not); the table's otherwise.
 * @param name the name in logs, metrics and errors when it is not the key's id (the health probe's).
 */
internal class Operation<T>(
    val key: KelviqOperation,
    pathArgs: List<String> = emptyList(),
    val query: List<Pair<String, String>> = emptyList(),
    val body: JsonElement? = null,
    val decoder: ResponseDecoder<T>,
    safety: RetrySafety? = null,
    name: String? = null,
) {
    val name: String = name ?: key.id
    val method: Method = key.httpMethod ?: throw IllegalArgumentException("$key sends no request of its own")
    val host: Host get() = key.host
    val safety: RetrySafety = safety ?: key.retrySafety!!
    val outsidePublishedSpec: Boolean get() = key.outsidePublishedSpec

    /** The path segments after `/api/{version}/`; every Kelviq path ends with a slash, which the transport appends. */
    val path: List<String> = key.pathOf(pathArgs)
}

/** Turns a 2xx response into a model. Throws anything on failure; the transport wraps it. */
internal fun interface ResponseDecoder<T> {
    fun decode(status: Int, body: String): T
}
