package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqValidationException
import java.time.Duration

/**
 * Per-call overrides of the client's [KelviqConfig.timeout] and [KelviqConfig.maxRetries].
 *
 * ```java
 * client.customers().retrieve("c1", RequestOptions.builder().timeout(Duration.ofSeconds(2)).maxRetries(0).build());
 * ```
 * Unset values fall back to the client's configuration.
 */
public class RequestOptions private constructor(
    /** Total time allowed for one attempt, or `null` to use the client's. */
    public val timeout: Duration?,
    /** Extra attempts allowed, or `null` to use the client's. */
    public val maxRetries: Int?,
) {
    override fun equals(other: Any?): Boolean =
        other is RequestOptions && other.timeout == timeout && other.maxRetries == maxRetries

    override fun hashCode(): Int = 31 * (timeout?.hashCode() ?: 0) + (maxRetries ?: -1)

    override fun toString(): String = "RequestOptions(timeout=$timeout, maxRetries=$maxRetries)"

    /** Builds [RequestOptions]. */
    public class Builder internal constructor() {
        private var timeout: Duration? = null
        private var maxRetries: Int? = null

        /** Total time allowed for one attempt of this call. */
        public fun timeout(timeout: Duration): Builder = apply { this.timeout = timeout }

        /** Extra attempts allowed for this call (0 disables retries). */
        public fun maxRetries(maxRetries: Int): Builder = apply { this.maxRetries = maxRetries }

        /** Checks and builds the options. */
        public fun build(): RequestOptions {
            timeout?.let { if (it.isZero || it.isNegative) throw KelviqValidationException("timeout", "must be positive, was $it") }
            maxRetries?.let { if (it < 0) throw KelviqValidationException("maxRetries", "must be 0 or more, was $it") }
            return RequestOptions(timeout, maxRetries)
        }
    }

    /** Factories. */
    public companion object {
        /** Options that override nothing. */
        @JvmField
        public val DEFAULT: RequestOptions = RequestOptions(null, null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()

        /** Options overriding only the timeout. */
        @JvmStatic
        public fun timeout(timeout: Duration): RequestOptions = builder().timeout(timeout).build()

        /** Options overriding only the retry count. */
        @JvmStatic
        public fun maxRetries(maxRetries: Int): RequestOptions = builder().maxRetries(maxRetries).build()
    }
}
