package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqDecodingException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqServiceException
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.errors.ReportRejectedException

/**
 * What a [ReportFailureHandler] can act on: whether a report it was handed may have been processed by the server.
 * A handler that re-sends only reports for which [possiblyProcessed] is `false` can never count a `DELTA` twice.
 *
 * ```java
 * ReportFailureHandler handler = (report, error) -> {
 *     if (!ReportOutcomes.possiblyProcessed(error)) retryLater(report); else reconcile(report);
 * };
 * ```
 */
public object ReportOutcomes {
    /**
     * `false` when [error] proves the report was not processed: refused before sending (queue full, client closed,
     * invalid), never sent (queued when the close timeout expired, or the connection could not be made), or answered
     * with a 4xx. `true` otherwise: sent without an answer (a timeout, a dropped connection), answered 5xx or with a
     * body that did not decode, taken from the fleet spool by an instance that died, or an unknown error.
     */
    @JvmStatic
    public fun possiblyProcessed(error: Throwable?): Boolean = when (error) {
        is ReportRejectedException -> error.possiblyProcessed
        is KelviqValidationException -> false
        is KelviqServiceException -> error.statusCode !in 400..499
        is KelviqIoException -> error.possiblyProcessed
        is KelviqDecodingException -> true
        else -> true
    }
}
