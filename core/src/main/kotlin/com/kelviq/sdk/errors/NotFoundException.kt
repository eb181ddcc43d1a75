package com.kelviq.sdk.errors

/**
 * 404 Not Found: the customer, subscription or other resource does not exist.
 *
 * See [KelviqServiceException] for the fields every service exception carries.
 */
public class NotFoundException(
    statusCode: Int,
    headers: Map<String, List<String>>,
    rawBody: String?,
    serverMessage: String,
    fieldErrors: Map<String, List<String>>,
    requestMethod: String,
    requestUrl: String,
    attempts: Int = 1,
) : KelviqServiceException(statusCode, headers, rawBody, serverMessage, fieldErrors, requestMethod, requestUrl, attempts)
