package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.ReporterStats
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.fleet.FleetSession
import com.kelviq.sdk.internal.fleet.ReportSpool
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.reporting.BackgroundReporter
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.transport.RetrySafety
import com.kelviq.sdk.internal.validation.Bounds
import com.kelviq.sdk.model.EventReport
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.model.UsageReport
import java.time.Duration
import kotlinx.coroutines.CoroutineScope

/**
 * The reporting area: usage reports and raw events, sent now ([reportUsage], [reportEvent]) or in
 * the background ([enqueueUsage], [enqueueEvent], see [ReporterConfig]).
 *
 * After every report, direct or queued, the next entitlement check sees it: a usage report the server
 * accepted is applied to the customer's cached snapshot at once (`internal/cache/OptimisticUsage`); a failed one (a
 * failed write may still have landed) and every event invalidate the customer's cached entitlements.
 */
public class ReportingService private constructor(
    private val transport: KelviqTransport,
    private val onReported: suspend (customerId: String, appliedUsage: ReportUsageParams?) -> Unit,
    private val defaults: RequestOptions,
    shared: ReportingService?,
    reporterConfig: ReporterConfig,
    scope: CoroutineScope?,
    fleet: FleetSession?,
    onReporterStart: () -> Unit,
) {
    internal constructor(
        transport: KelviqTransport,
        reporterConfig: ReporterConfig = ReporterConfig.DEFAULT,
        scope: CoroutineScope? = null,
        fleet: FleetSession? = null,
        onReporterStart: () -> Unit = {},
        onReported: suspend (customerId: String, appliedUsage: ReportUsageParams?) -> Unit = { _, _ -> },
    ) : this(transport, onReported, RequestOptions.DEFAULT, null, reporterConfig, scope, fleet, onReporterStart)

    /** A view whose direct reports use [defaults]; the background reporter (and its queue) stays this one's. */
    internal fun withDefaults(defaults: RequestOptions): ReportingService =
        ReportingService(transport, onReported, defaults, this, ReporterConfig.DEFAULT, null, null, {})

    // Queued reports are sent by the reporter's own senders with the client's settings (no view's defaults).
    private val sendQueued: suspend (PendingReport, () -> Unit) -> Unit = { report, onRetry ->
        when (report) {
            is PendingReport.Usage -> sendUsage(report.params, RequestOptions.DEFAULT, onRetry, draining = true)
            is PendingReport.Event -> sendEvent(report.params, RequestOptions.DEFAULT, onRetry, draining = true)
        }
    }
    private val reporter: BackgroundReporter? = shared?.reporter ?: scope?.let { s -> BackgroundReporter(reporterConfig, s, sendQueued, onReporterStart) }

    /** Fleet mode: the shared durable spool, tried first; the in-memory [reporter] takes what it cannot. */
    private val spool: ReportSpool? = shared?.spool ?: if (scope != null && fleet != null) {
        ReportSpool(fleet, reporterConfig, scope, sendQueued) { report -> requireReporter().enqueue(report) }.also { it.start() }
    } else {
        null
    }

    /**
     * Reports pre-aggregated usage: `POST /report/usage/`. A `SET` report is retried like any
     * safe operation; a `DELTA` report only when the request surely was not processed.
     */
    public suspend fun reportUsage(params: ReportUsageParams, options: RequestOptions = RequestOptions.DEFAULT): UsageReport =
        sendUsage(params, options, null, draining = false)

    /**
     * Reports a raw event: `POST /report/event/`. Retried with the same idempotency key on every
     * attempt, so the server counts it once.
     */
    public suspend fun reportEvent(params: ReportEventParams, options: RequestOptions = RequestOptions.DEFAULT): EventReport =
        sendEvent(params, options, null, draining = false)

    /**
     * Queues a usage report to be sent in the background and returns at once (unless
     * [ReporterConfig.enqueueTimeout] is positive and the queue is full: then it blocks the calling
     * thread up to that long). Sent with the same retry rules as [reportUsage].
     *
     * @return `true` when queued; `false` when rejected (queue full or client closed), in which case
     *   the report has already been handed to [ReporterConfig.failureHandler].
     */
    public fun enqueueUsage(params: ReportUsageParams): Boolean = enqueue(PendingReport.Usage(params))

    /**
     * Queues an event to be sent in the background; like [enqueueUsage]. The event's idempotency
     * key (fixed when its params were built) is sent on every attempt, so the server counts it once.
     *
     * @return `true` when queued; `false` when rejected and handed to [ReporterConfig.failureHandler].
     */
    public fun enqueueEvent(params: ReportEventParams): Boolean = enqueue(PendingReport.Event(params))

    private fun enqueue(report: PendingReport): Boolean {
        val reporter = requireReporter()
        return spool?.enqueue(report) == true || reporter.enqueue(report)
    }

    /**
     * Suspends until every report queued before this call has been sent or handed to the failure
     * handler, or until [timeout] passes. Cancelling the caller stops the wait, not the sending.
     *
     * @return `true` when everything queued before was finished, `false` on timeout.
     */
    public suspend fun flush(timeout: Duration): Boolean {
        Bounds.nonNegative("timeout", timeout, Bounds.MAX_REPORTER_WAIT)
        val wait = timeout.toNanos()
        val started = System.nanoTime()
        val memory = requireReporter().flush(Duration.ofNanos(wait))
        val spool = spool ?: return memory
        val left = (wait - (System.nanoTime() - started)).coerceAtLeast(0) // no overflow: both sides are within Long
        return spool.flush(Duration.ofNanos(left)) && memory
    }

    /** The background reporter's counters now (in fleet mode with the spool's, as last read). */
    public fun stats(): ReporterStats {
        val memory = requireReporter().stats()
        val s = spool ?: return memory
        return memory.plus(s.enqueued.get(), s.sent.get(), s.retried.get(), s.failed.get(), s.inFlight.get(), s.lastStats())
    }

    /** Stops intake and drains the queue within the close timeout (blocking); called by `KelviqCore.close()`. */
    internal fun closeReporter() {
        spool?.close()
        reporter?.close()
    }

    private fun requireReporter(): BackgroundReporter =
        reporter ?: throw UnsupportedOperationException("This ReportingService has no background reporter")

    // A usage report the server accepted updates the cached entitlements at once; a failed one (it may still have
    // landed) and every event make the next check ask the server.
    private suspend fun sendUsage(params: ReportUsageParams, options: RequestOptions, onRetry: (() -> Unit)?, draining: Boolean): UsageReport {
        val report = try {
            transport.execute(Ops.reportUsage(params), options.over(defaults), onRetry, draining)
        } catch (e: Throwable) {
            onReported(params.customerId, null)
            throw e
        }
        onReported(params.customerId, params)
        return report
    }

    private suspend fun sendEvent(params: ReportEventParams, options: RequestOptions, onRetry: (() -> Unit)?, draining: Boolean): EventReport =
        try {
            transport.execute(Ops.reportEvent(params), options.over(defaults), onRetry, draining)
        } finally {
            onReported(params.customerId, null)
        }

    internal object Ops {
        // The answers echo the report: what the server leaves out is what was sent (a 2xx report was counted).
        fun reportUsage(params: ReportUsageParams) = params.toJson().let { body ->
            Operation(
                KelviqOperation.REPORTING_REPORT_USAGE,
                body = body,
                decoder = Decoders.jsonEchoing(UsageReport.serializer(), body),
                safety = if (params.behaviour == UsageBehaviour.SET) RetrySafety.IDEMPOTENT else RetrySafety.NON_IDEMPOTENT,
            )
        }

        fun reportEvent(params: ReportEventParams) = params.toJson().let { body ->
            Operation(
                KelviqOperation.REPORTING_REPORT_EVENT,
                body = body,
                decoder = Decoders.jsonEchoing(EventReport.serializer(), body),
            )
        }
    }
}
