package com.kelviq.sdk.blocking;

import com.kelviq.sdk.ReporterStats;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.future.KelviqFutures;
import com.kelviq.sdk.model.EventReport;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.UsageReport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The reporting area as {@link CompletableFuture}s: reportUsage, reportEvent.
 *
 * <pre>{@code
 * client.async().reporting().reportEvent(ReportEventParams.builder()
 *     .customerId("c1").eventName("api_call").build());
 * }</pre>
 *
 * <p>Futures complete on the SDK's background threads (do not block inside their callbacks) and
 * fail with the {@code KelviqException} the blocking call would throw ({@code join()} wraps it in
 * {@code CompletionException}, {@code get()} in {@code ExecutionException}). Cancelling a future
 * aborts its HTTP exchange. Thread-safe.
 */
public final class AsyncReportingApi {
    private final KelviqFutures.Reporting futures;

    AsyncReportingApi(KelviqFutures.Reporting futures) {
        this.futures = futures;
    }

    /**
     * Reports pre-aggregated usage: {@code POST /report/usage/}.
     *
     * @param params value, customer, feature and behaviour
     * @return a future of the report as recorded by the server
     */
    public CompletableFuture<UsageReport> reportUsage(ReportUsageParams params) {
        return reportUsage(params, RequestOptions.DEFAULT);
    }

    /**
     * Reports pre-aggregated usage: {@code POST /report/usage/}, with per-call options.
     *
     * @param params value, customer, feature and behaviour
     * @param options per-call timeout and retries
     * @return a future of the report as recorded by the server
     */
    public CompletableFuture<UsageReport> reportUsage(ReportUsageParams params, RequestOptions options) {
        return futures.reportUsage(params, options);
    }

    /**
     * Reports a raw event: {@code POST /report/event/}.
     *
     * @param params customer, event name and the optional key, timestamp and properties
     * @return a future of the event as recorded by the server
     */
    public CompletableFuture<EventReport> reportEvent(ReportEventParams params) {
        return reportEvent(params, RequestOptions.DEFAULT);
    }

    /**
     * Reports a raw event: {@code POST /report/event/}, with per-call options.
     *
     * @param params customer, event name and the optional key, timestamp and properties
     * @param options per-call timeout and retries
     * @return a future of the event as recorded by the server
     */
    public CompletableFuture<EventReport> reportEvent(ReportEventParams params, RequestOptions options) {
        return futures.reportEvent(params, options);
    }

    /**
     * Hands a usage report to the background reporter and returns at once; refused or finally
     * failed reports go to the configured {@code ReportFailureHandler}.
     *
     * @param params value, customer, feature and behaviour
     * @return {@code true} if queued, {@code false} if refused (already handed to the failure handler)
     */
    public boolean enqueueUsage(ReportUsageParams params) {
        return futures.enqueueUsage(params);
    }

    /**
     * Hands an event to the background reporter and returns at once; its idempotency key is reused
     * on every retry.
     *
     * @param params customer, event name and the optional key, timestamp and properties
     * @return {@code true} if queued, {@code false} if refused (already handed to the failure handler)
     */
    public boolean enqueueEvent(ReportEventParams params) {
        return futures.enqueueEvent(params);
    }

    /**
     * Completes once every report enqueued before this call has been sent or handed to the failure
     * handler ({@code true}), or when {@code timeout} elapses first ({@code false}).
     *
     * @param timeout the longest wait
     * @return a future of whether everything was settled in time
     */
    public CompletableFuture<Boolean> flush(Duration timeout) {
        return futures.flush(timeout);
    }

    /**
     * The background reporter's counters now.
     *
     * @return a snapshot of the counters
     */
    public ReporterStats stats() {
        return futures.stats();
    }
}
