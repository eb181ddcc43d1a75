package com.kelviq.sdk.errors

/**
 * The server answered with a 2xx status, but its body could not be decoded into the
 * expected model (malformed JSON, an HTML page, an empty body where one is required,
 * or a field the operation needs missing or unreadable; the message names the operation and the field).
 *
 * A 2xx to a write means the server processed the request: then [processed] is `true`, the message says so, and
 * neither the retry loop nor the background reporter sends it again (repeating a `DELTA` report would bill twice).
 */
public class KelviqDecodingException @JvmOverloads constructor(
    message: String,
    cause: Throwable? = null,
    /** The HTTP status of the undecodable response. */
    public val statusCode: Int,
    /** The body as received (truncated to 1 KB), or `null` when empty. */
    public val rawBody: String?,
    /** Whether the request was processed by the server: `true` for a write (any method but `GET`) answered 2xx. */
    public val processed: Boolean = false,
) : KelviqException(message, cause)
