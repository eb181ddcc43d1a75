package com.kelviq.sdk.errors

/**
 * The network failed: the connection could not be made, was dropped, or the response
 * could not be read (or exceeded the SDK's size cap).
 *
 * [attempts] tells how many attempts were made before giving up, retries included.
 */
public open class KelviqIoException @JvmOverloads constructor(
    message: String,
    cause: Throwable? = null,
    /** How many attempts were made, the first one included. */
    public val attempts: Int = 1,
    /**
     * Whether the server may have processed the request: `false` only when the failure proves the last attempt was
     * never written (the connection could not be made). An earlier attempt of a `DELTA` usage report is retried only
     * when it surely was not processed, so for one `false` means the report was not counted.
     */
    public val possiblyProcessed: Boolean = true,
) : KelviqException(message, cause)
