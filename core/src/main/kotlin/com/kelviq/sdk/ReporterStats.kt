package com.kelviq.sdk

/**
 * A snapshot of the background reporter's counters, taken by `reporting.stats()`.
 *
 * Every accepted report ends up [sent] or [failed]; until then it is counted in [queueDepth] or
 * [inFlight]. So `enqueued == sent + failed + queueDepth + inFlight` once the reporter is quiet (without fleet mode:
 * there, an instance also sends reports other instances spooled, so the sums hold for the fleet, not per instance).
 * The counters are read one after another, not atomically, while reports move.
 */
public class ReporterStats internal constructor(
    /** Reports accepted into the queue. */
    public val enqueued: Long,
    /** Reports acknowledged by the server. */
    public val sent: Long,
    /** Extra attempts made (one per retry). */
    public val retried: Long,
    /** Accepted reports handed to the failure handler: failed after retries, or left over at close. */
    public val failed: Long,
    /** Reports refused at enqueue (queue full or client closed) and handed to the failure handler. */
    public val rejected: Long,
    /** Reports waiting in the queue. */
    public val queueDepth: Int,
    /** Reports being sent now. */
    public val inFlight: Int,
    /**
     * Fleet mode: the shared spool's counts as last read (every few seconds, and at each `stats()` call that finds
     * them older), or `null` without fleet mode. This instance's own counters above include the reports it sent from
     * the spool; [queueDepth] counts only its in-memory queue.
     */
    public val spool: SpoolStats? = null,
) {
    override fun equals(other: Any?): Boolean = other is ReporterStats && other.enqueued == enqueued && other.sent == sent &&
        other.retried == retried && other.failed == failed && other.rejected == rejected &&
        other.queueDepth == queueDepth && other.inFlight == inFlight && other.spool == spool

    override fun hashCode(): Int = listOf(enqueued, sent, retried, failed, rejected, queueDepth, inFlight, spool).hashCode()

    override fun toString(): String =
        "ReporterStats(enqueued=$enqueued, sent=$sent, retried=$retried, failed=$failed, rejected=$rejected, " +
            "queueDepth=$queueDepth, inFlight=$inFlight" + (spool?.let { ", spool=$it" } ?: "") + ")"

    internal fun plus(enqueued: Long, sent: Long, retried: Long, failed: Long, inFlight: Int, spool: SpoolStats?): ReporterStats =
        ReporterStats(
            this.enqueued + enqueued, this.sent + sent, this.retried + retried, this.failed + failed, rejected, queueDepth,
            this.inFlight + inFlight, spool,
        )
}
