package com.kelviq.sdk.errors

/**
 * The root of every exception the Kelviq SDK throws. Unchecked.
 *
 * Subtypes tell what went wrong:
 * - [KelviqValidationException]: the request was refused before anything was sent;
 * - [KelviqServiceException] and its subclasses: the server answered with a non-2xx status;
 * - [KelviqIoException] ([KelviqTimeoutException]): the network failed or timed out;
 * - [KelviqDecodingException]: a 2xx body could not be decoded.
 *
 * No message or `toString` of any Kelviq exception contains the API key.
 */
public open class KelviqException(
    message: String,
    cause: Throwable? = null,
) : RuntimeException(message, cause)
