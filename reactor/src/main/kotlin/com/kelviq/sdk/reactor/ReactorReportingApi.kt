package com.kelviq.sdk.reactor

import com.kelviq.sdk.reactor.internal.coldMono
import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.ReporterStats
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.ReportingService
import com.kelviq.sdk.model.EventReport
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageReport
import reactor.core.publisher.Mono
import java.time.Duration

/**
 * The reporting area of [ReactorKelviqClient]. Each subscription reports again: an event keeps its
 * idempotency key, so a re-subscribed event is counted once, but a re-subscribed `DELTA` usage report
 * counts twice. `enqueueUsage` and `enqueueEvent` run now (the call is the hand-over); they never block
 * unless `ReporterConfig.enqueueTimeout` is positive, so keep it at zero on non-blocking threads.
 *
 * ```java
 * kelviq.reporting().enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("api_call").build());
 * kelviq.reporting().flush(Duration.ofSeconds(5)).subscribe(done -> log.info("flushed: {}", done));
 * ```
 */
public class ReactorReportingApi internal constructor(private val s: ReportingService) {
    /** [KelviqOperation.REPORTING_REPORT_USAGE]. */
    @JvmOverloads
    public fun reportUsage(params: ReportUsageParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<UsageReport> =
        coldMono { s.reportUsage(params, options) }

    /** [KelviqOperation.REPORTING_REPORT_EVENT]. */
    @JvmOverloads
    public fun reportEvent(params: ReportEventParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<EventReport> =
        coldMono { s.reportEvent(params, options) }

    /** [KelviqOperation.REPORTING_ENQUEUE_USAGE]. */
    public fun enqueueUsage(params: ReportUsageParams): Boolean = s.enqueueUsage(params)

    /** [KelviqOperation.REPORTING_ENQUEUE_EVENT]. */
    public fun enqueueEvent(params: ReportEventParams): Boolean = s.enqueueEvent(params)

    /** [KelviqOperation.REPORTING_FLUSH]; the wait starts at subscription. */
    public fun flush(timeout: Duration): Mono<Boolean> = coldMono { s.flush(timeout) }

    /** [KelviqOperation.REPORTING_STATS]. */
    public fun stats(): ReporterStats = s.stats()
}
