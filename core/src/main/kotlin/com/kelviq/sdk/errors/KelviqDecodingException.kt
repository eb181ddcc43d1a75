package com.kelviq.sdk.errors

/**
 * The server answered with a 2xx status, but its body could not be decoded into the
 * expected model (malformed JSON, an HTML page, an empty body where one is required,
 * or a missing required field).
 */
public class KelviqDecodingException(
    message: String,
    cause: Throwable? = null,
    /** The HTTP status of the undecodable response. */
    public val statusCode: Int,
    /** The body as received (truncated to 1 KB), or `null` when empty. */
    public val rawBody: String?,
) : KelviqException(message, cause)
