package com.kelviq.sdk.errors

/**
 * Any other non-2xx status not covered by a dedicated exception (e.g. 3xx, 405, 410).
 *
 * See [KelviqServiceException] for the fields every service exception carries.
 */
public class UnexpectedStatusException(
    statusCode: Int,
    headers: Map<String, List<String>>,
    rawBody: String?,
    serverMessage: String,
    fieldErrors: Map<String, List<String>>,
    requestMethod: String,
    requestUrl: String,
    attempts: Int = 1,
) : KelviqServiceException(statusCode, headers, rawBody, serverMessage, fieldErrors, requestMethod, requestUrl, attempts)
