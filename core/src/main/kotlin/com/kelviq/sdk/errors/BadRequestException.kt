package com.kelviq.sdk.errors

/**
 * 400 Bad Request: the request was malformed or broke a server-side rule.
 *
 * See [KelviqServiceException] for the fields every service exception carries.
 */
public class BadRequestException(
    statusCode: Int,
    headers: Map<String, List<String>>,
    rawBody: String?,
    serverMessage: String,
    fieldErrors: Map<String, List<String>>,
    requestMethod: String,
    requestUrl: String,
    attempts: Int = 1,
) : KelviqServiceException(statusCode, headers, rawBody, serverMessage, fieldErrors, requestMethod, requestUrl, attempts)
