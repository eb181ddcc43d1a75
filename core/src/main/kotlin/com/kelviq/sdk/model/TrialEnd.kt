package com.kelviq.sdk.model

import com.kelviq.sdk.internal.json.WireTime
import java.time.Instant

/**
 * When a trial ends on a plan change: [now] (sent as `now`) or [at] a future instant
 * (sent as UTC `yyyy-MM-dd HH:mm:ss`).
 */
public class TrialEnd private constructor(
    /** The end instant, or `null` for "now". */
    public val instant: Instant?,
) {
    /** Whether this is the literal "now". */
    public val isNow: Boolean get() = instant == null

    internal fun wireValue(): String = instant?.let { WireTime.SECONDS.format(it) } ?: "now"

    override fun equals(other: Any?): Boolean = other is TrialEnd && other.instant == instant
    override fun hashCode(): Int = instant.hashCode()
    override fun toString(): String = "TrialEnd(${wireValue()})"

    /** Factories. */
    public companion object {
        private val NOW = TrialEnd(null)

        /** End the trial now. */
        @JvmStatic
        public fun now(): TrialEnd = NOW

        /** End the trial at [instant], which must be in the future when the request is built. */
        @JvmStatic
        public fun at(instant: Instant): TrialEnd = TrialEnd(instant)
    }
}
