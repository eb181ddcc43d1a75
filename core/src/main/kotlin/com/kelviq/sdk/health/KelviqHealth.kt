package com.kelviq.sdk.health

import com.kelviq.sdk.ReporterStats
import java.time.Duration
import java.time.Instant

/**
 * What a [KelviqHealthProbe] found: whether the edge answered and accepted the API key, as of [checkedAt], with
 * the background reporter's counters read when [KelviqHealthProbe.check] was called. Never holds the API key.
 */
public class KelviqHealth internal constructor(
    /** [Status.UP] when the edge answered and did not reject the key. */
    public val status: Status,
    /** Why [status] is what it is. */
    public val reason: Reason,
    /** When the probe this answer comes from was made. */
    public val checkedAt: Instant,
    /** How long that probe took. */
    public val latency: Duration,
    /** The HTTP status the edge answered, `null` when it answered nothing. */
    public val httpStatus: Int?,
    /** The simple class name of the failure (`KelviqTimeoutException`, ...), `null` when there was none. */
    public val error: String?,
    /** The background reporter's counters (read now, not cached). */
    public val reporter: ReporterStats,
) {
    /** Up or down. */
    public enum class Status { UP, DOWN }

    /** Why a probe came out as it did. */
    public enum class Reason(
        /** The [Status] this reason means. */
        public val status: Status,
    ) {
        /** The edge answered (any status but 401, 403 and 5xx: a 404 for the probe customer is fine). */
        OK(Status.UP),

        /** The edge answered 401 or 403: the API key is wrong, revoked, or for another environment. */
        KEY_REJECTED(Status.DOWN),

        /** The edge answered 5xx. */
        SERVER_ERROR(Status.DOWN),

        /** No answer: connection refused, DNS, TLS or timeout. */
        UNREACHABLE(Status.DOWN),

        /** The client is closed. */
        CLOSED(Status.DOWN),
    }

    internal fun withReporter(stats: ReporterStats): KelviqHealth =
        KelviqHealth(status, reason, checkedAt, latency, httpStatus, error, stats)

    override fun toString(): String =
        "KelviqHealth(status=$status, reason=$reason, checkedAt=$checkedAt, latency=$latency, httpStatus=$httpStatus, error=$error)"
}
