package com.kelviq.sdk

/**
 * The shared report spool of fleet mode, as last read from the store (`ReporterStats.spool`): [depth] reports not yet
 * acknowledged by any instance (pending ones included), [pending] of those taken by an instance and in flight (or
 * left by a dead one, until claimed), [deadLetters] in the dead-letter stream (failed, or possibly processed).
 */
public class SpoolStats(
    /** Reports in the spool, not yet acknowledged. */
    public val depth: Long,
    /** Reports taken by an instance and not yet acknowledged. */
    public val pending: Long,
    /** Reports in the dead-letter stream. */
    public val deadLetters: Long,
) {
    override fun equals(other: Any?): Boolean =
        other is SpoolStats && depth == other.depth && pending == other.pending && deadLetters == other.deadLetters

    override fun hashCode(): Int = listOf(depth, pending, deadLetters).hashCode()

    override fun toString(): String = "SpoolStats(depth=$depth, pending=$pending, deadLetters=$deadLetters)"
}
