package com.kelviq.sdk.testkit.internal

import java.io.ByteArrayOutputStream

/** Percent-decoding of paths and queries, query validation and page links. */
internal object Urls {

    /**
     * Decodes `%XX` escapes as UTF-8; with [plusIsSpace], `+` is a space (query strings).
     * Returns `null` for a malformed escape.
     */
    fun decode(text: String, plusIsSpace: Boolean): String? {
        if ('%' !in text && !(plusIsSpace && '+' in text)) return text
        val out = ByteArrayOutputStream(text.length)
        var i = 0
        while (i < text.length) {
            val c = text[i]
            when {
                c == '%' -> {
                    if (i + 2 >= text.length) return null
                    val hi = Character.digit(text[i + 1], 16)
                    val lo = Character.digit(text[i + 2], 16)
                    if (hi < 0 || lo < 0) return null
                    out.write(hi * 16 + lo)
                    i += 3
                }
                c == '+' && plusIsSpace -> {
                    out.write(' '.code)
                    i++
                }
                else -> {
                    var end = i
                    while (end < text.length && text[end] != '%' && !(plusIsSpace && text[end] == '+')) end++
                    out.write(text.substring(i, end).toByteArray(Charsets.UTF_8))
                    i = end
                }
            }
        }
        return out.toString(Charsets.UTF_8)
    }

    /** Parses a raw query string; a repeated parameter is refused. */
    fun parseQuery(raw: String?): Map<String, String> {
        if (raw.isNullOrEmpty()) return emptyMap()
        val out = LinkedHashMap<String, String>()
        for (pair in raw.split('&')) {
            if (pair.isEmpty()) continue
            val rawKey = pair.substringBefore('=')
            val rawValue = if ('=' in pair) pair.substringAfter('=') else ""
            val key = decode(rawKey, true) ?: throw ApiError.detail(400, "Malformed percent-encoding in query parameter '$rawKey'.")
            val value = decode(rawValue, true) ?: throw ApiError.field(key, "Malformed percent-encoding in the value of '$key'.")
            if (out.put(key, value) != null) throw ApiError.field(key, "Query parameter '$key' is given more than once.")
        }
        return out
    }

    /** Refuses query parameters outside [allowed]. */
    fun allowOnly(query: Map<String, String>, vararg allowed: String) {
        for (key in query.keys) {
            if (key !in allowed) {
                val accepted = if (allowed.isEmpty()) "no query parameters" else allowed.joinToString(", ")
                throw ApiError.field(key, "Unknown query parameter '$key'; this operation accepts $accepted.")
            }
        }
    }

    /** The `yyyy-MM-dd` query parameter [key], or `null` when absent; 400 naming it when it is not a date. */
    fun date(query: Map<String, String>, key: String): java.time.LocalDate? = query[key]?.let {
        try {
            java.time.LocalDate.parse(it)
        } catch (e: java.time.format.DateTimeParseException) {
            throw ApiError.field(key, "Enter a valid date.")
        }
    }

    /** The `start_date`..`end_date` filter of [query] (each bound optional, both inclusive), parsed at once. */
    fun dateRange(query: Map<String, String>): (java.time.LocalDate) -> Boolean {
        val from = date(query, "start_date")
        val to = date(query, "end_date")
        return { day -> (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to)) }
    }

    /** A required, non-blank query parameter. */
    fun required(query: Map<String, String>, key: String): String {
        val value = query[key] ?: throw ApiError.field(key, "Query parameter '$key' is required.")
        if (value.isBlank()) throw ApiError.field(key, "Query parameter '$key' may not be blank.")
        return value
    }

    /** Encodes a query value for a link (unreserved characters and `,` stay literal). */
    fun encode(value: String): String {
        val sb = StringBuilder()
        for (b in value.toByteArray(Charsets.UTF_8)) {
            val c = b.toInt() and 0xFF
            val ch = c.toChar()
            if (c < 0x80 && (ch.isLetterOrDigit() || ch in "-._~,")) sb.append(ch) else sb.append('%').append("%02X".format(c))
        }
        return sb.toString()
    }
}
