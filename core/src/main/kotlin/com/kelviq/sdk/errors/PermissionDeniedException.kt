package com.kelviq.sdk.errors

/**
 * 403 Forbidden: the API key may not perform this operation.
 *
 * See [KelviqServiceException] for the fields every service exception carries.
 */
public class PermissionDeniedException(
    statusCode: Int,
    headers: Map<String, List<String>>,
    rawBody: String?,
    serverMessage: String,
    fieldErrors: Map<String, List<String>>,
    requestMethod: String,
    requestUrl: String,
    attempts: Int = 1,
) : KelviqServiceException(statusCode, headers, rawBody, serverMessage, fieldErrors, requestMethod, requestUrl, attempts)
