package com.kelviq.sdk.errors

/**
 * A connect or request timeout elapsed before the server answered.
 *
 * The request may or may not have been processed by the server.
 */
public class KelviqTimeoutException @JvmOverloads constructor(
    message: String,
    cause: Throwable? = null,
    attempts: Int = 1,
    possiblyProcessed: Boolean = true,
) : KelviqIoException(message, cause, attempts, possiblyProcessed)
