package com.kelviq.sdk.errors

/**
 * The network failed: the connection could not be made, was dropped, or the response
 * could not be read (or exceeded the SDK's size cap).
 *
 * [attempts] tells how many attempts were made before giving up, retries included.
 */
public open class KelviqIoException(
    message: String,
    cause: Throwable? = null,
    /** How many attempts were made, the first one included. */
    public val attempts: Int = 1,
) : KelviqException(message, cause)
