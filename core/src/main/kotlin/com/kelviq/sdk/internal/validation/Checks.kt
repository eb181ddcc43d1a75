package com.kelviq.sdk.internal.validation

import com.kelviq.sdk.errors.KelviqValidationException
import java.net.URI
import java.net.URISyntaxException

/** Validation run before any request is sent. Every failure names the field at fault. */
internal object Checks {
    private val EMAIL = Regex("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$")
    private val UUID = Regex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

    /** The longest id sent, in UTF-8 bytes: a longer one is refused rather than sent as a huge URL or quoted in messages. */
    const val MAX_ID_BYTES: Int = 2048

    /**
     * An identifier: present, not blank, not `.` or `..` (a path segment clients, proxies and servers may resolve to
     * another endpoint), well-formed UTF-16 (an unpaired surrogate would be sent as `?`), without control characters
     * (CR, LF, NUL, ...), and at most [MAX_ID_BYTES] bytes of UTF-8. Refusals never quote a long id.
     */
    fun id(field: String, value: String?): String {
        if (value == null) throw KelviqValidationException(field, "is required")
        if (value.isBlank()) throw KelviqValidationException(field, "must not be blank")
        if (value == "." || value == "..") {
            throw KelviqValidationException(field, "must not be '$value': a URL path may resolve that segment to another endpoint")
        }
        val bytes = wellFormedText(field, value)
        if (bytes > MAX_ID_BYTES) throw KelviqValidationException(field, "is $bytes bytes long in UTF-8; at most $MAX_ID_BYTES are sent")
        return value
    }

    /** A required UUID in its canonical 8-4-4-4-12 hex form (either case). */
    fun uuid(field: String, value: String?): String {
        id(field, value)
        if (!UUID.matches(value!!)) throw KelviqValidationException(field, "must be a UUID (8-4-4-4-12 hex digits), was '$value'")
        return value
    }

    /** A required text value: present and not blank. */
    fun required(field: String, value: String?): String = id(field, value)

    /** A required value of any type. */
    fun <T : Any> present(field: String, value: T?): T =
        value ?: throw KelviqValidationException(field, "is required")

    /** Optional free text: refused only when it contains control characters. */
    fun optionalText(field: String, value: String?): String? {
        if (value != null) noControlChars(field, value)
        return value
    }

    /** An e-mail address, when given. */
    fun optionalEmail(field: String, value: String?): String? {
        if (value == null) return null
        noControlChars(field, value)
        if (!EMAIL.matches(value)) throw KelviqValidationException(field, "is not a valid e-mail address: '$value'")
        return value
    }

    /** An absolute http(s) URL, when given. */
    fun optionalAbsoluteUrl(field: String, value: String?): String? {
        if (value == null) return null
        noControlChars(field, value)
        val uri = try {
            URI(value)
        } catch (e: URISyntaxException) {
            throw KelviqValidationException(field, "is not a valid URL: '$value'")
        }
        val scheme = uri.scheme?.lowercase()
        if ((scheme != "http" && scheme != "https") || uri.host.isNullOrEmpty()) {
            throw KelviqValidationException(field, "must be an absolute http(s) URL, was '$value'")
        }
        return value
    }

    /** A required absolute http(s) URL. */
    fun absoluteUrl(field: String, value: String?): String =
        optionalAbsoluteUrl(field, required(field, value))!!

    /** A page number, when given: 1 or more. */
    fun optionalPage(field: String, value: Int?): Int? {
        if (value != null && value < 1) throw KelviqValidationException(field, "must be 1 or more, was $value")
        return value
    }

    /** A page size, when given: 1..100. */
    fun optionalPageSize(field: String, value: Int?): Int? {
        if (value != null && value !in 1..100) throw KelviqValidationException(field, "must be between 1 and 100, was $value")
        return value
    }

    /** A count that must not be negative. */
    fun nonNegative(field: String, value: Long): Long {
        if (value < 0) throw KelviqValidationException(field, "must be 0 or more, was $value")
        return value
    }

    /** Keys and values of a string map: no blank key, no control characters. */
    fun optionalStringMap(field: String, value: Map<String, String>?): Map<String, String>? {
        value?.forEach { (k, v) ->
            if (k.isBlank()) throw KelviqValidationException(field, "must not have a blank key")
            noControlChars("$field.$k", k)
        }
        return value
    }

    /** A secret (a webhook signing secret): not blank, no whitespace or control characters. */
    fun secret(field: String, value: String) {
        credentialProblem(value)?.let { throw KelviqValidationException(field, it) }
    }

    /**
     * What is wrong with the text of a credential (API key, webhook secret), or `null`: said by position and kind,
     * never showing the value. Whitespace at an end comes first: a key read from a file keeps its line break.
     */
    fun credentialProblem(value: String): String? = when {
        value.isBlank() -> "is required and must not be blank"
        value.last().isWhitespace() -> "has whitespace at the end (a line break, as read from a file?): trim it"
        value.first().isWhitespace() -> "has whitespace at the start: trim it"
        value.any { it.isISOControl() } -> "must not contain control characters"
        value.any { it.isWhitespace() } -> "must not contain whitespace"
        else -> null
    }

    /** A map of JSON values (strings, numbers, booleans, nulls, lists and maps of them), nested at most 32 deep. */
    fun optionalJsonMap(field: String, value: Map<String, Any?>?): Map<String, Any?>? {
        fun check(path: String, v: Any?, depth: Int) {
            if (depth > 32) throw KelviqValidationException(field, "is nested more than 32 levels deep")
            when (v) {
                null, is String, is Boolean -> Unit
                is Number -> if ((v is Double && !v.isFinite()) || (v is Float && !v.isFinite())) {
                    throw KelviqValidationException(path, "must be a finite number, was $v")
                }
                is Map<*, *> -> v.forEach { (k, inner) ->
                    if (k !is String || k.isBlank()) throw KelviqValidationException(path, "must have non-blank string keys")
                    check("$path.$k", inner, depth + 1)
                }
                is List<*> -> v.forEachIndexed { i, inner -> check("$path[$i]", inner, depth + 1) }
                else -> throw KelviqValidationException(path, "must be a JSON value (string, number, boolean, null, list or map), was a ${v::class.java.name}")
            }
        }
        value?.let { check(field, it, 0) }
        return value
    }

    private fun noControlChars(field: String, value: String) {
        wellFormedText(field, value)
    }

    /**
     * Refuses control characters and unpaired UTF-16 surrogates (which encoders replace with `?`, so two different
     * values would be sent alike); returns the UTF-8 length. One pass: this runs on the entitlement-check hit path.
     */
    private fun wellFormedText(field: String, value: String): Int {
        var bytes = 0
        var i = 0
        val n = value.length
        while (i < n) {
            val c = value[i]
            when {
                c.code < 0x80 -> {
                    if (c.isISOControl()) controlChar(field, c, i)
                    bytes += 1
                }
                c.isISOControl() -> controlChar(field, c, i)
                c.code < 0x800 -> bytes += 2
                c.isHighSurrogate() -> {
                    if (i + 1 >= n || !value[i + 1].isLowSurrogate()) unpaired(field, c, i)
                    bytes += 4
                    i++
                }
                c.isLowSurrogate() -> unpaired(field, c, i)
                else -> bytes += 3
            }
            i++
        }
        return bytes
    }

    private fun controlChar(field: String, c: Char, index: Int): Nothing = throw KelviqValidationException(
        field, "must not contain control characters (found U+%04X at index %d)".format(c.code, index),
    )

    private fun unpaired(field: String, c: Char, index: Int): Nothing = throw KelviqValidationException(
        field, "must be well-formed UTF-16 (an unpaired surrogate U+%04X at index %d would be sent as '?')".format(c.code, index),
    )
}
