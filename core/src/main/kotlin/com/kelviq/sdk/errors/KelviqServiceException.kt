package com.kelviq.sdk.errors

/**
 * The server answered with a non-2xx HTTP status.
 *
 * Subclasses name the status family (see [BadRequestException], [NotFoundException], ...);
 * catch this type to handle any of them. The raw body is kept, and a best-effort
 * [serverMessage] and [fieldErrors] are parsed from the several error shapes Kelviq uses
 * (`{"detail": ...}`, `{"field": ["msg"]}`, `{"error": ...}`, `{"status", "message"}`).
 */
public open class KelviqServiceException(
    /** The HTTP status code, e.g. `404`. */
    public val statusCode: Int,
    /** The response headers, names in lower case. */
    public val headers: Map<String, List<String>>,
    /** The response body as received, or `null` when it was empty. */
    public val rawBody: String?,
    /** A human-readable message taken from the body, or the HTTP reason when none could be found. */
    public val serverMessage: String,
    /** Messages per request field, when the server reported field errors; empty otherwise. */
    public val fieldErrors: Map<String, List<String>>,
    /** The HTTP method of the failed request, e.g. `POST`. */
    public val requestMethod: String,
    /** The URL of the failed request (never contains the API key). */
    public val requestUrl: String,
    /** How many attempts were made, the first one included. */
    public val attempts: Int = 1,
) : KelviqException(
    buildString {
        append("HTTP ").append(statusCode).append(" from ").append(requestMethod).append(' ').append(requestUrl)
        append(": ").append(serverMessage)
        if (attempts > 1) append(" (after ").append(attempts).append(" attempts)")
    },
) {
    /** The value of the response header [name] (case-insensitive), or `null`. */
    public fun header(name: String): String? = headers[name.lowercase()]?.firstOrNull()
}
