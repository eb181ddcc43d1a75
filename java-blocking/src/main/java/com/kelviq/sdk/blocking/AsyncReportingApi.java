package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.ReporterStats;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.EventReport;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.UsageReport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The reporting area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncReportingApi {
    private final FuturesBridge bridge;

    AsyncReportingApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#REPORTING_REPORT_USAGE}. */
    public CompletableFuture<UsageReport> reportUsage(ReportUsageParams params) {
        return reportUsage(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REPORTING_REPORT_USAGE}. */
    public CompletableFuture<UsageReport> reportUsage(ReportUsageParams params, RequestOptions options) {
        return bridge.reportUsage(params, options);
    }

    /** {@link KelviqOperation#REPORTING_REPORT_EVENT}. */
    public CompletableFuture<EventReport> reportEvent(ReportEventParams params) {
        return reportEvent(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REPORTING_REPORT_EVENT}. */
    public CompletableFuture<EventReport> reportEvent(ReportEventParams params, RequestOptions options) {
        return bridge.reportEvent(params, options);
    }

    /** {@link KelviqOperation#REPORTING_ENQUEUE_USAGE}. */
    public boolean enqueueUsage(ReportUsageParams params) {
        return bridge.enqueueUsage(params);
    }

    /** {@link KelviqOperation#REPORTING_ENQUEUE_EVENT}. */
    public boolean enqueueEvent(ReportEventParams params) {
        return bridge.enqueueEvent(params);
    }

    /** {@link KelviqOperation#REPORTING_FLUSH}. */
    public CompletableFuture<Boolean> flush(Duration timeout) {
        return bridge.flush(timeout);
    }

    /** {@link KelviqOperation#REPORTING_STATS}. */
    public ReporterStats stats() {
        return bridge.stats();
    }
}
