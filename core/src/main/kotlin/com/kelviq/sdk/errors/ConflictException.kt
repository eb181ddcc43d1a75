package com.kelviq.sdk.errors

/**
 * 409 Conflict: the resource already exists or is in a conflicting state.
 *
 * See [KelviqServiceException] for the fields every service exception carries.
 */
public class ConflictException(
    statusCode: Int,
    headers: Map<String, List<String>>,
    rawBody: String?,
    serverMessage: String,
    fieldErrors: Map<String, List<String>>,
    requestMethod: String,
    requestUrl: String,
    attempts: Int = 1,
) : KelviqServiceException(statusCode, headers, rawBody, serverMessage, fieldErrors, requestMethod, requestUrl, attempts)
