package com.kelviq.sdk

import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams

/**
 * A report handed to the background reporter: a [Usage] or an [Event].
 *
 * ```java
 * if (report instanceof PendingReport.Usage) {
 *     ReportUsageParams p = ((PendingReport.Usage) report).getParams();
 * }
 * ```
 */
public sealed class PendingReport {
    /** The customer the report is about. */
    public abstract val customerId: String

    /** A usage report (`POST /report/usage/`). */
    public class Usage internal constructor(
        /** The parameters as enqueued. */
        public val params: ReportUsageParams,
    ) : PendingReport() {
        override val customerId: String get() = params.customerId
        override fun equals(other: Any?): Boolean = other is Usage && other.params == params
        override fun hashCode(): Int = params.hashCode()
        override fun toString(): String = "PendingReport.Usage($params)"
    }

    /** A raw event (`POST /report/event/`); its idempotency key is sent on every attempt. */
    public class Event internal constructor(
        /** The parameters as enqueued. */
        public val params: ReportEventParams,
    ) : PendingReport() {
        override val customerId: String get() = params.customerId
        override fun equals(other: Any?): Boolean = other is Event && other.params == params
        override fun hashCode(): Int = params.hashCode()
        override fun toString(): String = "PendingReport.Event($params)"
    }
}
