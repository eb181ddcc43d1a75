package com.kelviq.sdk.internal.transport

import java.net.ProtocolException

/**
 * The framing rules every response must pass before its body is read (RFC 9112, section 6.3). A response
 * that breaks one has no trustworthy end: its body could be cut short, or run into the next response on the
 * connection. Such a response is a failed exchange, never a success:
 * - every `Content-Length` header must be one decimal number, and repeated ones the same: `42`, or `42`
 *   twice, pass; `42` with `47`, a list `42, 42` (the engines cannot read it), `abc` or `-1` do not;
 * - `Content-Length` together with `Transfer-Encoding` is refused (the RFC's "ought to be handled as an
 *   error": a sign of response splitting, and engines disagree on which of the two wins).
 *
 * The default engine applies them as soon as the headers arrive, so that it drops the connection instead of
 * handing it back to the pool with unread bytes; [Exchange] applies them to every answer, whatever the engine.
 */
internal object ResponseFraming {
    /** Why the headers given by [values] (all values of a header, by name) frame no trustworthy body; null when they do. */
    fun problem(values: (String) -> List<String>): String? {
        val lengths = values("Content-Length")
        if (lengths.isEmpty()) return null
        val parts = lengths.map { it.trim() }
        // Never quoted: a header value is the server's text, and a cut-off excerpt of an echoed key could not be redacted.
        if (parts.any { !isLength(it) }) return "its Content-Length is not one decimal number"
        val distinct = parts.distinct()
        if (distinct.size > 1) return "it has conflicting Content-Length values (${distinct.take(3).joinToString(", ")}${if (distinct.size > 3) ", ..." else ""})"
        if (values("Transfer-Encoding").isNotEmpty()) return "it has both Content-Length and Transfer-Encoding"
        return null
    }

    /** [problem] as the exception a failed exchange carries. */
    fun refusal(problem: String): ProtocolException = ProtocolException("malformed response refused: $problem")

    private fun isLength(text: String): Boolean = text.length in 1..18 && text.all { it in '0'..'9' }
}
