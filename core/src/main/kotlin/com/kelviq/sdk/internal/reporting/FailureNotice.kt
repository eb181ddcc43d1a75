package com.kelviq.sdk.internal.reporting

import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.ReportFailureHandler
import org.slf4j.LoggerFactory

private val reporterLog = LoggerFactory.getLogger("com.kelviq.sdk.reporter")

/** Hands [report] to this handler; an exception the handler throws is logged and ignored (its contract). */
internal fun ReportFailureHandler.notifySafely(report: PendingReport, error: Throwable) {
    try {
        onFailure(report, error)
    } catch (e: Throwable) {
        reporterLog.warn("Kelviq report failure handler threw {} for {}", e.toString(), report)
    }
}
