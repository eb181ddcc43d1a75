package com.kelviq.sdk.errors

/**
 * 401 Unauthorized: the API key is missing, wrong or revoked.
 *
 * See [KelviqServiceException] for the fields every service exception carries.
 */
public class AuthenticationException(
    statusCode: Int,
    headers: Map<String, List<String>>,
    rawBody: String?,
    serverMessage: String,
    fieldErrors: Map<String, List<String>>,
    requestMethod: String,
    requestUrl: String,
    attempts: Int = 1,
) : KelviqServiceException(statusCode, headers, rawBody, serverMessage, fieldErrors, requestMethod, requestUrl, attempts)
