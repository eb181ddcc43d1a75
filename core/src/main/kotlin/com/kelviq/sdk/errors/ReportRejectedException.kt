package com.kelviq.sdk.errors

/**
 * Given to the `ReportFailureHandler` for a background report the reporter did not get through:
 * see [reason]. Never thrown to callers.
 */
public class ReportRejectedException @JvmOverloads constructor(
    /** Why the report was not sent. */
    public val reason: Reason,
    message: String,
    cause: Throwable? = null,
    /**
     * Whether the server may have processed the report: `true` for [Reason.POSSIBLY_PROCESSED] and for a report that
     * was being sent when the close timeout expired; `false` for one never sent.
     */
    public val possiblyProcessed: Boolean = reason == Reason.POSSIBLY_PROCESSED,
) : KelviqException(message, cause) {
    /** Why a background report was not sent. */
    public enum class Reason {
        /** The queue was full (after waiting `enqueueTimeout`, if set); never sent. */
        QUEUE_FULL,

        /** Enqueued after the client was closed; never sent. */
        CLOSED,

        /**
         * Still queued or being sent when the close timeout expired. A report that was being
         * sent may have been processed by the server.
         */
        CLOSE_TIMEOUT,

        /**
         * Fleet mode: a `DELTA` usage report an instance took from the shared spool and may have sent before it
         * died. It is not sent again (that could count it twice): check the customer's usage and report the
         * difference if it was lost. Also in the spool's dead-letter stream.
         */
        POSSIBLY_PROCESSED,
    }
}
