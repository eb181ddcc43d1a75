package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.errors.KelviqValidationException
import java.net.URI
import java.net.URISyntaxException

/** Rules for base URLs and for encoding path segments and query values. */
internal object UrlRules {
    private val LOOPBACK_HOSTS = setOf("localhost", "127.0.0.1", "[::1]", "::1")

    /** Trims trailing slashes of a base URL: `https://x.com/` becomes `https://x.com`. */
    fun trimBase(url: String): String = url.trim().trimEnd('/')

    /**
     * Refuses a base URL that is not absolute http(s), carries a query or fragment, or uses
     * plain http to a non-loopback host while [allowInsecure] is false (the key would travel in clear).
     */
    fun requireUsableBase(field: String, url: String, allowInsecure: Boolean) {
        val uri = try {
            URI(url)
        } catch (e: URISyntaxException) {
            throw KelviqValidationException(field, "is not a valid URL: '$url'")
        }
        val scheme = uri.scheme?.lowercase()
        if (scheme != "http" && scheme != "https" || uri.host.isNullOrEmpty()) {
            throw KelviqValidationException(field, "must be an absolute http(s) URL, was '$url'")
        }
        if (uri.rawQuery != null || uri.rawFragment != null || uri.rawUserInfo != null) {
            throw KelviqValidationException(field, "must not contain user info, a query or a fragment, was '$url'")
        }
        if (scheme == "http" && !allowInsecure && !isLoopback(uri.host)) {
            throw KelviqValidationException(
                field,
                "uses plain http to a non-loopback host; the API key would travel in clear " +
                    "(use https, or set allowInsecureHttp(true) deliberately)",
            )
        }
    }

    /** An IPv4 literal in 127.0.0.0/8; a name such as `127.0.0.1.example.com` is not one. */
    private val IPV4_LOOPBACK = Regex("^127(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$")

    private fun isLoopback(host: String): Boolean =
        host.lowercase() in LOOPBACK_HOSTS || IPV4_LOOPBACK.matches(host)

    /**
     * Percent-encodes [segment] as one path segment: every byte outside the RFC 3986 unreserved set
     * (`A-Z a-z 0-9 - . _ ~`) is encoded from its UTF-8 form, so `a/b c` becomes `a%2Fb%20c`.
     * A segment made only of dots (`.` or `..`) has its dots encoded too, so no server treats it
     * as a relative path step.
     */
    fun encodePathSegment(segment: String): String {
        if (segment.isNotEmpty() && segment.all { it == '.' }) return "%2E".repeat(segment.length)
        return percentEncode(segment)
    }

    /**
     * Percent-encodes a query key or value with the same unreserved set as [encodePathSegment],
     * except that `,` stays literal (lists such as `status=active,trialing` are comma-separated).
     */
    fun encodeQueryComponent(value: String): String = percentEncode(value, keepComma = true)

    private const val HEX = "0123456789ABCDEF"

    private fun percentEncode(value: String, keepComma: Boolean = false): String {
        if (value.all { isUnreserved(it) || (keepComma && it == ',') }) return value
        val bytes = value.toByteArray(Charsets.UTF_8)
        val out = StringBuilder(bytes.size * 3)
        for (b in bytes) {
            val c = (b.toInt() and 0xFF)
            if (c < 0x80 && (isUnreserved(c.toChar()) || (keepComma && c == ','.code))) {
                out.append(c.toChar())
            } else {
                out.append('%').append(HEX[c shr 4]).append(HEX[c and 0x0F])
            }
        }
        return out.toString()
    }

    private fun isUnreserved(c: Char): Boolean =
        c in 'A'..'Z' || c in 'a'..'z' || c in '0'..'9' || c == '-' || c == '.' || c == '_' || c == '~'
}
