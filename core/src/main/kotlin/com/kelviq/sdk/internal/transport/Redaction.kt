package com.kelviq.sdk.internal.transport

import java.net.URLEncoder
import java.nio.charset.StandardCharsets

/**
 * Removes the API key from any text that may reach a message, log line or exception: the key as sent, and the forms
 * a server or proxy may echo it in (JSON-escaped, with or without `\u` escapes of non-ASCII characters; URL-encoded,
 * form style or percent style, either hex case). Keys shorter than [com.kelviq.sdk.KelviqConfig.MIN_API_KEY_LENGTH]
 * are refused at `build()`, so every form is long enough to be told apart from ordinary text.
 */
internal class Redaction(apiKey: String) {
    private val forms: List<String> = forms(apiKey).filter { it.length >= 4 }.distinct().sortedByDescending { it.length }

    fun clean(text: String): String {
        var out = text
        for (form in forms) if (out.contains(form)) out = out.replace(form, "****")
        return out
    }

    fun cleanOrNull(text: String?): String? = text?.let(::clean)

    /** [headers] with the key removed from every value (a server or proxy may echo it back). */
    fun cleanHeaders(headers: Map<String, List<String>>): Map<String, List<String>> =
        if (headers.values.none { values -> values.any { v -> forms.any { v.contains(it) } } }) {
            headers
        } else {
            headers.mapValues { (_, values) -> values.map(::clean) }
        }

    /**
     * [error] itself when no message in its cause chain holds a form of the key; otherwise a stand-in chain in which
     * each exception is its class name and redacted message, with its stack trace ([standIn]). Engines quote what
     * they failed on (the JDK: `Invalid status line: "..."`), and a server may have put the key there.
     */
    fun safeCause(error: Throwable): Throwable = if (chain(error).none { holdsKey(it) }) error else standIn(error, 0)

    /** A stand-in for [error] (see [safeCause]), also for one whose message quotes input whatever it holds (a parser's). */
    fun standIn(error: Throwable): Throwable = standIn(error, 0)

    private fun standIn(error: Throwable, depth: Int): Throwable {
        val cause = error.cause?.takeIf { it !== error && depth < MAX_CAUSES }
        return RedactedCause("${error.javaClass.name}: ${clean(error.message ?: "")}", cause?.let { standIn(it, depth + 1) })
            .also { it.stackTrace = error.stackTrace }
    }

    private fun holdsKey(t: Throwable): Boolean {
        val texts = listOfNotNull(t.message, t.localizedMessage) + t.suppressed.mapNotNull { it.message }
        return texts.any { text -> forms.any { text.contains(it) } }
    }

    private fun chain(error: Throwable): Sequence<Throwable> =
        generateSequence(error) { t -> t.cause?.takeIf { it !== t } }.take(MAX_CAUSES + 1)

    /** An exception the SDK could not pass on as it was: its class name and redacted message. */
    private class RedactedCause(message: String, cause: Throwable?) : RuntimeException(message, cause)

    private companion object {
        /** Causes followed at most (a chain is rarely longer than a few; a cycle would be endless). */
        const val MAX_CAUSES = 16

        fun forms(key: String): List<String> {
            val json = jsonEscaped(key, asciiOnly = false)
            val jsonAscii = jsonEscaped(key, asciiOnly = true)
            val form = URLEncoder.encode(key, StandardCharsets.UTF_8)
            val percent = form.replace("+", "%20")
            return listOf(key, json, jsonAscii, jsonAscii.lowercaseHexEscapes(), jsonAscii.uppercaseHexEscapes(), json.replace("/", "\\/"),
                form, percent, form.lowercasePercents(), percent.lowercasePercents())
        }

        fun jsonEscaped(key: String, asciiOnly: Boolean): String = buildString {
            for (c in key) {
                when {
                    c == '"' -> append("\\\"")
                    c == '\\' -> append("\\\\")
                    c.code < 0x20 || (asciiOnly && c.code > 0x7E) -> append("\\u%04x".format(c.code))
                    else -> append(c)
                }
            }
        }

        private val HEX_ESCAPE = Regex("\\\\u([0-9a-fA-F]{4})")
        private val PERCENT = Regex("%([0-9A-F]{2})")

        fun String.lowercaseHexEscapes(): String = HEX_ESCAPE.replace(this) { "\\u" + it.groupValues[1].lowercase() }
        fun String.uppercaseHexEscapes(): String = HEX_ESCAPE.replace(this) { "\\u" + it.groupValues[1].uppercase() }
        fun String.lowercasePercents(): String = PERCENT.replace(this) { "%" + it.groupValues[1].lowercase() }
    }
}
