package com.kelviq.sdk.errors

/**
 * 429 Too Many Requests: slow down; see the `Retry-After` header.
 *
 * See [KelviqServiceException] for the fields every service exception carries.
 */
public class RateLimitException(
    statusCode: Int,
    headers: Map<String, List<String>>,
    rawBody: String?,
    serverMessage: String,
    fieldErrors: Map<String, List<String>>,
    requestMethod: String,
    requestUrl: String,
    attempts: Int = 1,
) : KelviqServiceException(statusCode, headers, rawBody, serverMessage, fieldErrors, requestMethod, requestUrl, attempts)
