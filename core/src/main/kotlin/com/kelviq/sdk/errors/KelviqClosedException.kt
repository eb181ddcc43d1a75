package com.kelviq.sdk.errors

/**
 * The client (or the core it shares with other clients) was closed: the call was refused at once,
 * without sending anything and without retrying. A call already in flight when the client closes fails
 * with this exception too (its exchange is aborted).
 */
public class KelviqClosedException(
    message: String,
    cause: Throwable? = null,
) : KelviqException(message, cause)
