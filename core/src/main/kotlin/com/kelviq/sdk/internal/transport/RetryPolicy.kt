package com.kelviq.sdk.internal.transport

import java.time.Duration
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter
import java.time.format.DateTimeParseException
import kotlin.random.Random

/**
 * When and how long to wait before another attempt.
 *
 * Backoff is exponential with full jitter: a random delay in `[0, min(cap, initial * 2^(retry-1))]`.
 * A `Retry-After` header (seconds or HTTP date) replaces it; a wait longer than [maxRetryAfter]
 * is not done at all (the error is returned instead), so the SDK never retries sooner than asked.
 */
internal class RetryPolicy(
    private val initialBackoff: Duration = Duration.ofMillis(500),
    private val maxBackoff: Duration = Duration.ofSeconds(8),
    val maxRetryAfter: Duration = Duration.ofSeconds(60),
    private val random: Random = Random.Default,
    private val now: () -> java.time.Instant = java.time.Instant::now,
) {
    /** Statuses a repeat-safe operation retries on. */
    private val retryableStatuses = setOf(408, 429, 500, 502, 503, 504)

    fun retriesStatus(status: Int, safety: RetrySafety): Boolean = when (safety) {
        RetrySafety.IDEMPOTENT -> status in retryableStatuses
        RetrySafety.NON_IDEMPOTENT -> status == 429
    }

    /**
     * Whether a network failure may be retried: a failure before the request was written
     * ([notSent]) always may; any other only for idempotent operations.
     */
    fun retriesFailure(notSent: Boolean, safety: RetrySafety): Boolean =
        notSent || safety == RetrySafety.IDEMPOTENT

    /** The jittered backoff before retry number [retry] (1 for the first retry). */
    fun backoff(retry: Int): Duration {
        val shift = (retry - 1).coerceIn(0, 20)
        val ceiling = minOf(maxBackoff.toMillis(), initialBackoff.toMillis() shl shift)
        return Duration.ofMillis(if (ceiling <= 0) 0 else random.nextLong(ceiling + 1))
    }

    /**
     * The wait a `Retry-After` value asks for, or `null` when the header is absent or unreadable.
     * Accepts delta-seconds (`120`) and HTTP dates (`Wed, 21 Oct 2015 07:28:00 GMT`).
     */
    fun retryAfter(value: String?): Duration? {
        val v = value?.trim()?.takeIf { it.isNotEmpty() } ?: return null
        // A negative or non-finite number is a broken header, not "retry now": the normal backoff applies (null).
        v.toLongOrNull()?.let { return if (it < 0) null else Duration.ofSeconds(it) }
        v.toDoubleOrNull()?.let { return if (it < 0 || !it.isFinite()) null else Duration.ofMillis((it * 1000).toLong()) }
        return try {
            val at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
            val wait = Duration.between(now(), at)
            if (wait.isNegative) Duration.ZERO else wait
        } catch (e: DateTimeParseException) {
            null
        }
    }
}
