package com.kelviq.sdk

import com.kelviq.sdk.errors.ReportRejectedException
import org.slf4j.LoggerFactory

/**
 * Receives every background report that did not reach the server: rejected at enqueue (queue full,
 * client closed), left over when the client closed, or failed after all its retries.
 *
 * [error] is never `null` in practice: a [ReportRejectedException] (with its
 * [reason][ReportRejectedException.reason]) when the report was refused or abandoned by the
 * reporter, otherwise the `KelviqException` of the last attempt. The type is nullable only to
 * keep the signature open.
 *
 * Called on the enqueuing thread for rejections, on an SDK background thread for failures,
 * and on the closing thread for leftovers: keep it quick and do not block. An exception it
 * throws is logged and ignored.
 *
 * ```java
 * ReportFailureHandler handler = (report, error) -> deadLetters.offer(report);
 * ```
 */
public fun interface ReportFailureHandler {
    /** Called once for [report], which was not (or may not have been) processed by the server. */
    public fun onFailure(report: PendingReport, error: Throwable?)

    /** Presets. */
    public companion object {
        /** The default handler: logs the report (never the API key) at warn level. */
        @JvmField
        public val LOGGING: ReportFailureHandler = ReportFailureHandler { report, error ->
            LoggerFactory.getLogger("com.kelviq.sdk.reporter")
                .warn("Kelviq background report not delivered: {}: {}", report, error?.toString() ?: "unknown")
        }
    }
}
