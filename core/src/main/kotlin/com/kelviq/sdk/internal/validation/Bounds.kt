package com.kelviq.sdk.internal.validation

import com.kelviq.sdk.errors.KelviqValidationException
import java.time.Duration

/**
 * The documented ranges of every duration and count setting, checked at `build()`: no setting can overflow into an
 * `ArithmeticException` at call time, or keep a thread or a connection for years. The Duration and count arguments of
 * methods (`flush`, per-call [com.kelviq.sdk.RequestOptions]) are checked against the same ranges. README
 * "Configuration" lists them.
 */
internal object Bounds {
    /** Timeouts of a call or an attempt, and the connect timeout. */
    val MAX_TIMEOUT: Duration = Duration.ofHours(24)

    /** Extra attempts of a call. */
    const val MAX_RETRIES: Int = 10

    /** How long an enqueue or a close may wait. */
    val MAX_REPORTER_WAIT: Duration = Duration.ofHours(1)

    /** Reports waiting in memory, and concurrent senders. */
    const val MAX_QUEUE_CAPACITY: Int = 10_000_000
    const val MAX_SENDERS: Int = 256

    /** Cache freshness, staleness and size. */
    val MAX_TTL: Duration = Duration.ofDays(7)
    val MAX_STALENESS: Duration = Duration.ofDays(30)
    const val MAX_CUSTOMERS: Int = 10_000_000

    /** Idle connections are closed after at most this long. */
    val MAX_IDLE_CONNECTION: Duration = Duration.ofHours(24)

    /** A positive duration no longer than [max]. */
    fun positive(field: String, value: Duration, max: Duration) {
        if (value.isZero || value.isNegative) throw KelviqValidationException(field, "must be positive, was $value")
        if (value > max) throw KelviqValidationException(field, "must be at most $max, was $value")
    }

    /** A duration of 0 or more, no longer than [max]. */
    fun nonNegative(field: String, value: Duration, max: Duration) {
        if (value.isNegative) throw KelviqValidationException(field, "must be 0 or more, was $value")
        if (value > max) throw KelviqValidationException(field, "must be at most $max, was $value")
    }

    /** A count within [min]..[max]. */
    fun count(field: String, value: Int, min: Int, max: Int) {
        if (value < min) throw KelviqValidationException(field, "must be $min or more, was $value")
        if (value > max) throw KelviqValidationException(field, "must be at most $max, was $value")
    }
}
