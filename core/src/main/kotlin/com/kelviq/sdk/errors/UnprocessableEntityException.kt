package com.kelviq.sdk.errors

/**
 * 422 Unprocessable Entity: the request was well formed but semantically invalid.
 *
 * See [KelviqServiceException] for the fields every service exception carries.
 */
public class UnprocessableEntityException(
    statusCode: Int,
    headers: Map<String, List<String>>,
    rawBody: String?,
    serverMessage: String,
    fieldErrors: Map<String, List<String>>,
    requestMethod: String,
    requestUrl: String,
    attempts: Int = 1,
) : KelviqServiceException(statusCode, headers, rawBody, serverMessage, fieldErrors, requestMethod, requestUrl, attempts)
