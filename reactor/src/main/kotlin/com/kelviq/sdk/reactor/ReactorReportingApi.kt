package com.kelviq.sdk.reactor

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.EventReport
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageReport
import com.kelviq.sdk.service.ReportingService
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.reactor.mono
import reactor.core.publisher.Mono

/**
 * The reporting area of [ReactorKelviqClient]: `reportUsage` and `reportEvent`.
 *
 * ```java
 * kelviq.reporting().reportUsage(ReportUsageParams.builder()
 *     .value(150).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build());
 * ```
 * Every `Mono` is cold: each subscription reports again (an event params object keeps its
 * idempotency key, so a re-subscribed event is still counted once; a `DELTA` usage report counts
 * twice). Disposing the subscription cancels the HTTP exchange.
 */
public class ReactorReportingApi internal constructor(private val service: ReportingService) {

    /** Reports pre-aggregated usage: `POST /report/usage/`. */
    public fun reportUsage(params: ReportUsageParams): Mono<UsageReport> = reportUsage(params, RequestOptions.DEFAULT)

    /** Reports usage with per-call [options]. */
    public fun reportUsage(params: ReportUsageParams, options: RequestOptions): Mono<UsageReport> =
        call { it.reportUsage(params, options) }

    /** Reports a raw event: `POST /report/event/`. */
    public fun reportEvent(params: ReportEventParams): Mono<EventReport> = reportEvent(params, RequestOptions.DEFAULT)

    /** Reports an event with per-call [options]. */
    public fun reportEvent(params: ReportEventParams, options: RequestOptions): Mono<EventReport> =
        call { it.reportEvent(params, options) }

    /** Runs [block] against the service in a cold `Mono` started on `Dispatchers.Default` at subscription. */
    private fun <T : Any> call(block: suspend (ReportingService) -> T?): Mono<T> {
        val service = service // captured directly: no synthetic accessor in the public class
        return mono(Dispatchers.Default) { block(service) }
    }
}
