package com.kelviq.sdk.errors

/**
 * Given to the `ReportFailureHandler` for a background report the reporter did not get through:
 * see [reason]. Never thrown to callers.
 */
public class ReportRejectedException(
    /** Why the report was not sent. */
    public val reason: Reason,
    message: String,
    cause: Throwable? = null,
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
    }
}
