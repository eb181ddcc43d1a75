package com.kelviq.sdk.blocking;

import com.kelviq.sdk.ReporterStats;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.future.KelviqFutures;
import com.kelviq.sdk.model.EventReport;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.UsageReport;
import java.time.Duration;

/**
 * The reporting area as blocking calls: reportUsage, reportEvent, and the background reporter
 * (enqueueUsage, enqueueEvent, flush, stats).
 *
 * <pre>{@code
 * client.reporting().reportUsage(ReportUsageParams.builder()
 *     .value(150).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build());
 * }</pre>
 *
 * <p>Calls block the calling thread and throw {@code KelviqException} subclasses; interrupting the
 * waiting thread cancels the call (see {@link KelviqBlockingClient}). Thread-safe.
 */
public final class BlockingReportingApi {
    private final KelviqFutures.Reporting futures;

    BlockingReportingApi(KelviqFutures.Reporting futures) {
        this.futures = futures;
    }

    /**
     * Reports pre-aggregated usage: {@code POST /report/usage/}. {@code SET} reports are retried,
     * {@code DELTA} ones only when surely not processed (a repeat would count twice).
     *
     * @param params value, customer, feature and behaviour
     * @return the report as recorded by the server
     */
    public UsageReport reportUsage(ReportUsageParams params) {
        return reportUsage(params, RequestOptions.DEFAULT);
    }

    /**
     * Reports pre-aggregated usage, with per-call options.
     *
     * @param params value, customer, feature and behaviour
     * @param options per-call timeout and retries
     * @return the report as recorded by the server
     */
    public UsageReport reportUsage(ReportUsageParams params, RequestOptions options) {
        return Futures.call(() -> futures.reportUsage(params, options));
    }

    /**
     * Reports a raw event: {@code POST /report/event/}. Its idempotency key is sent unchanged on
     * every retry, so the server processes it at most once.
     *
     * @param params customer, event name and the optional key, timestamp and properties
     * @return the event as recorded by the server
     */
    public EventReport reportEvent(ReportEventParams params) {
        return reportEvent(params, RequestOptions.DEFAULT);
    }

    /**
     * Reports a raw event, with per-call options.
     *
     * @param params customer, event name and the optional key, timestamp and properties
     * @param options per-call timeout and retries
     * @return the event as recorded by the server
     */
    public EventReport reportEvent(ReportEventParams params, RequestOptions options) {
        return Futures.call(() -> futures.reportEvent(params, options));
    }

    /**
     * Hands a usage report to the background reporter and returns at once. It is sent by the
     * reporter's senders with the usual retry rules; if it is refused (queue full, client closed) or
     * fails after every retry, it goes to the configured {@code ReportFailureHandler}: nothing is
     * dropped silently.
     *
     * @param params value, customer, feature and behaviour
     * @return {@code true} if queued, {@code false} if refused (already handed to the failure handler)
     */
    public boolean enqueueUsage(ReportUsageParams params) {
        return futures.enqueueUsage(params);
    }

    /**
     * Hands an event to the background reporter and returns at once; its idempotency key (fixed
     * when the params were built) is reused on every retry. See {@link #enqueueUsage}.
     *
     * @param params customer, event name and the optional key, timestamp and properties
     * @return {@code true} if queued, {@code false} if refused (already handed to the failure handler)
     */
    public boolean enqueueEvent(ReportEventParams params) {
        return futures.enqueueEvent(params);
    }

    /**
     * Waits until every report enqueued before this call has been sent or handed to the failure
     * handler, or until {@code timeout} elapses.
     *
     * @param timeout the longest wait
     * @return {@code true} if everything was settled in time
     */
    public boolean flush(Duration timeout) {
        return Futures.call(() -> futures.flush(timeout));
    }

    /**
     * The background reporter's counters now: enqueued, sent, retried, failed, rejected, queue depth.
     *
     * @return a snapshot of the counters
     */
    public ReporterStats stats() {
        return futures.stats();
    }
}
