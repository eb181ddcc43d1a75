package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.validation.Bounds
import java.time.Duration
import java.util.Collections

/**
 * Per-call overrides of the client's [KelviqConfig.timeout] and [KelviqConfig.maxRetries], and extra request
 * headers. Unset values fall back to the client's (or, on a view made by `withOptions`, to the view's defaults).
 *
 * ```java
 * client.customers().retrieve("c1", RequestOptions.builder().timeout(Duration.ofSeconds(2)).maxRetries(0).build());
 * ```
 */
public class RequestOptions private constructor(
    /** Total time allowed for one attempt, or `null` to use the client's. */
    public val timeout: Duration?,
    /** Extra attempts allowed, or `null` to use the client's. */
    public val maxRetries: Int?,
    /** Extra headers sent with every attempt (names as given, in order); empty by default. */
    public val headers: Map<String, String>,
) {
    /** These options over [defaults]: a value set here wins; headers of both are sent, these winning on a name. */
    internal fun over(defaults: RequestOptions): RequestOptions = when {
        defaults === DEFAULT -> this
        this === DEFAULT -> defaults
        else -> RequestOptions(
            timeout ?: defaults.timeout,
            maxRetries ?: defaults.maxRetries,
            merged(defaults.headers, headers),
        )
    }

    override fun equals(other: Any?): Boolean =
        other is RequestOptions && other.timeout == timeout && other.maxRetries == maxRetries && other.headers == headers

    override fun hashCode(): Int = listOf(timeout, maxRetries, headers).hashCode()

    /** Shows the header names only: a header value may be a credential. */
    override fun toString(): String = "RequestOptions(timeout=$timeout, maxRetries=$maxRetries, headers=${headers.keys})"

    /** Builds [RequestOptions]. */
    public class Builder internal constructor() {
        private var timeout: Duration? = null
        private var maxRetries: Int? = null
        private val headers = LinkedHashMap<String, String>()

        /** Total time allowed for one attempt of this call. */
        public fun timeout(timeout: Duration): Builder = apply { this.timeout = timeout }

        /** Extra attempts allowed for this call (0 disables retries). */
        public fun maxRetries(maxRetries: Int): Builder = apply { this.maxRetries = maxRetries }

        /**
         * An extra header sent with every attempt (a later value for the same name, ignoring case, replaces it).
         * The headers the SDK owns (`Authorization`, `Content-Type`, `Content-Length`, `Host`, `Accept`, `User-Agent`,
         * `Transfer-Encoding`, `Connection`) are refused, and so are names that are not HTTP tokens and values
         * with control characters.
         */
        public fun header(name: String, value: String): Builder = apply {
            headers.keys.firstOrNull { it.equals(name, ignoreCase = true) }?.let { headers.remove(it) }
            headers[name] = value
        }

        /** Checks and builds the options. */
        public fun build(): RequestOptions {
            timeout?.let { Bounds.positive("timeout", it, Bounds.MAX_TIMEOUT) }
            maxRetries?.let { Bounds.count("maxRetries", it, 0, Bounds.MAX_RETRIES) }
            for ((name, value) in headers) checkHeader(name, value)
            return RequestOptions(timeout, maxRetries, Collections.unmodifiableMap(LinkedHashMap(headers)))
        }
    }

    /** Factories. */
    public companion object {
        /** Options that override nothing. */
        @JvmField
        public val DEFAULT: RequestOptions = RequestOptions(null, null, emptyMap())

        private val RESERVED =
            setOf("authorization", "content-type", "content-length", "host", "accept", "user-agent", "transfer-encoding", "connection")
        private val TOKEN = Regex("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()

        /** Options overriding only the timeout. */
        @JvmStatic
        public fun timeout(timeout: Duration): RequestOptions = builder().timeout(timeout).build()

        /** Options overriding only the retry count. */
        @JvmStatic
        public fun maxRetries(maxRetries: Int): RequestOptions = builder().maxRetries(maxRetries).build()

        private fun checkHeader(name: String?, value: String?) {
            if (name == null || !TOKEN.matches(name)) throw KelviqValidationException("headers", "a header name must be an HTTP token, was '$name'")
            if (name.lowercase() in RESERVED) throw KelviqValidationException("headers", "$name is set by the SDK and cannot be overridden")
            if (value == null || value.any { (it.isISOControl() && it != '\t') || it.code > 0xFF }) {
                throw KelviqValidationException("headers", "the value of $name must be printable ISO-8859-1 text without line breaks")
            }
        }

        private fun merged(base: Map<String, String>, over: Map<String, String>): Map<String, String> {
            if (base.isEmpty()) return over
            if (over.isEmpty()) return base
            val out = LinkedHashMap<String, String>()
            for ((k, v) in base) if (over.keys.none { it.equals(k, ignoreCase = true) }) out[k] = v
            out.putAll(over)
            return Collections.unmodifiableMap(out)
        }
    }
}
