package com.kelviq.sdk.reactor

import com.kelviq.sdk.ReporterStats
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.EventReport
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageReport
import com.kelviq.sdk.service.ReportingService
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.reactor.mono
import reactor.core.publisher.Mono
import java.time.Duration

/**
 * The reporting area of [ReactorKelviqClient]: `reportUsage` and `reportEvent`, and the background
 * reporter: `enqueueUsage`, `enqueueEvent` (return at once), `flush` (a `Mono`) and `stats`.
 *
 * ```java
 * kelviq.reporting().reportUsage(ReportUsageParams.builder()
 *     .value(150).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build());
 * ```
 * Every `Mono` is cold: each subscription reports again (an event params object keeps its
 * idempotency key, so a re-subscribed event is still counted once; a `DELTA` usage report counts
 * twice). Disposing the subscription cancels the HTTP exchange.
 *
 * ```java
 * kelviq.reporting().enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("api_call").build());
 * kelviq.reporting().flush(Duration.ofSeconds(5)).subscribe(done -> log.info("flushed: {}", done));
 * ```
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

    /**
     * Hands a usage report to the background reporter and returns at once (not a `Mono`: the call
     * itself is the hand-over). It never blocks, unless `ReporterConfig.enqueueTimeout` is positive
     * and the queue is full: then it blocks the calling thread up to that long, so keep that
     * setting at zero (the default) when enqueueing from a non-blocking thread. Sent by the
     * reporter's senders with the retry rules of [reportUsage]; if refused (queue full, client
     * closed) or failed after every retry, it goes to the configured `ReportFailureHandler`.
     *
     * @return `true` if queued, `false` if refused (already handed to the failure handler).
     */
    public fun enqueueUsage(params: ReportUsageParams): Boolean = service.enqueueUsage(params)

    /**
     * Hands an event to the background reporter and returns at once; see [enqueueUsage]. Its
     * idempotency key (fixed when [params] were built) is sent on every attempt.
     *
     * @return `true` if queued, `false` if refused (already handed to the failure handler).
     */
    public fun enqueueEvent(params: ReportEventParams): Boolean = service.enqueueEvent(params)

    /**
     * A cold `Mono` that, at subscription, waits (without blocking a thread) until every report
     * enqueued before the subscription has been sent or handed to the failure handler, or until
     * [timeout] passes. Disposing it stops the wait, not the sending.
     *
     * @return a `Mono` of `true` if everything was settled in time, `false` on timeout.
     */
    public fun flush(timeout: Duration): Mono<Boolean> = call { it.flush(timeout) }

    /** The background reporter's counters now: enqueued, sent, retried, failed, rejected, queue depth, in flight. */
    public fun stats(): ReporterStats = service.stats()

    /** Runs [block] against the service in a cold `Mono` started on `Dispatchers.Default` at subscription. */
    private fun <T : Any> call(block: suspend (ReportingService) -> T?): Mono<T> {
        val service = service // captured directly: no synthetic accessor in the public class
        return mono(Dispatchers.Default) { block(service) }
    }
}
