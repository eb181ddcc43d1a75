package com.kelviq.sdk.internal

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

    private companion object {
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
