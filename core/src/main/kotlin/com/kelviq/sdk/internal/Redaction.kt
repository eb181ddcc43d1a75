package com.kelviq.sdk.internal

/** Removes the API key from any text that may reach a message, log line or exception. */
internal class Redaction(private val apiKey: String) {
    fun clean(text: String): String =
        if (apiKey.length >= 4 && text.contains(apiKey)) text.replace(apiKey, "****") else text

    fun cleanOrNull(text: String?): String? = text?.let(::clean)

    /** [headers] with the key removed from every value (a server or proxy may echo it back). */
    fun cleanHeaders(headers: Map<String, List<String>>): Map<String, List<String>> =
        if (apiKey.length < 4 || headers.values.none { values -> values.any { it.contains(apiKey) } }) {
            headers
        } else {
            headers.mapValues { (_, values) -> values.map(::clean) }
        }
}
