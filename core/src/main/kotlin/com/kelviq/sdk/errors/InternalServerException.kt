package com.kelviq.sdk.errors

/**
 * 5xx: the server failed. Retried automatically for operations whose repeat is safe.
 *
 * See [KelviqServiceException] for the fields every service exception carries.
 */
public class InternalServerException(
    statusCode: Int,
    headers: Map<String, List<String>>,
    rawBody: String?,
    serverMessage: String,
    fieldErrors: Map<String, List<String>>,
    requestMethod: String,
    requestUrl: String,
    attempts: Int = 1,
) : KelviqServiceException(statusCode, headers, rawBody, serverMessage, fieldErrors, requestMethod, requestUrl, attempts)
