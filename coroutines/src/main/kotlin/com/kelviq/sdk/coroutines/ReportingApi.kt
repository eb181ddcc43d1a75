package com.kelviq.sdk.coroutines

import com.kelviq.sdk.ReporterStats
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.EventReport
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.model.UsageReport
import com.kelviq.sdk.service.ReportingService
import java.time.Duration
import java.time.Instant

/**
 * The reporting area of [KelviqClient]: `reportUsage` (pre-aggregated) and `reportEvent` (raw),
 * sent now, or handed to the background reporter with `enqueueUsage` / `enqueueEvent`
 * (then `flush` and `stats`).
 *
 * ```kotlin
 * kelviq.reporting.reportUsage(value = 150, customerId = "c1", featureId = "seats", behaviour = UsageBehaviour.SET)
 * kelviq.reporting.reportEvent(customerId = "c1", eventName = "api_call", properties = mapOf("ms" to 42))
 * kelviq.reporting.enqueueEvent(customerId = "c1", eventName = "api_call") // returns at once
 * ```
 * Cancelling the calling coroutine aborts the HTTP exchange (of a direct report; queued reports
 * are sent by the client's own senders).
 */
public class ReportingApi internal constructor(private val service: ReportingService) {

    /**
     * Reports pre-aggregated usage: `POST /report/usage/`. A `SET` report is retried like any safe
     * operation; a `DELTA` report only when the request surely was not processed.
     */
    public suspend fun reportUsage(params: ReportUsageParams, options: RequestOptions = RequestOptions.DEFAULT): UsageReport =
        service.reportUsage(params, options)

    /**
     * Reports pre-aggregated usage from named arguments: `POST /report/usage/`.
     *
     * @param value the new total for [UsageBehaviour.SET], the increment for [UsageBehaviour.DELTA].
     * @param resourceId the resource the usage belongs to, when any.
     */
    public suspend fun reportUsage(
        value: Long,
        customerId: String,
        featureId: String,
        behaviour: UsageBehaviour,
        resourceId: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): UsageReport = reportUsage(
        ReportUsageParams.builder().value(value).customerId(customerId).featureId(featureId).behaviour(behaviour)
            .resourceId(resourceId).build(),
        options,
    )

    /**
     * Reports a raw event: `POST /report/event/`. Retried with the same idempotency key on every
     * attempt, so the server counts it once.
     */
    public suspend fun reportEvent(params: ReportEventParams, options: RequestOptions = RequestOptions.DEFAULT): EventReport =
        service.reportEvent(params, options)

    /**
     * Reports a raw event from named arguments: `POST /report/event/`.
     *
     * @param idempotencyKey your key; when `null` a random one is generated once and reused on every retry.
     * @param timestamp when the event happened; now when `null`.
     * @param properties strings, numbers and booleans.
     */
    public suspend fun reportEvent(
        customerId: String,
        eventName: String,
        idempotencyKey: String? = null,
        timestamp: Instant? = null,
        resourceId: String? = null,
        properties: Map<String, Any?>? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): EventReport = reportEvent(
        ReportEventParams.builder().customerId(customerId).eventName(eventName).idempotencyKey(idempotencyKey)
            .timestamp(timestamp).resourceId(resourceId).properties(properties).build(),
        options,
    )

    /**
     * Hands a usage report to the background reporter and returns at once, without suspending
     * (unless `ReporterConfig.enqueueTimeout` is positive and the queue is full: then it blocks the
     * calling thread up to that long). It is sent with the retry rules of [reportUsage]; if it is
     * refused (queue full, client closed) or fails after every retry, it goes to the configured
     * `ReportFailureHandler`: nothing is dropped silently.
     *
     * @return `true` if queued, `false` if refused (already handed to the failure handler).
     */
    public fun enqueueUsage(params: ReportUsageParams): Boolean = service.enqueueUsage(params)

    /**
     * Hands a usage report built from named arguments to the background reporter; see [enqueueUsage].
     *
     * ```kotlin
     * kelviq.reporting.enqueueUsage(value = 1, customerId = "c1", featureId = "api-calls", behaviour = UsageBehaviour.DELTA)
     * ```
     *
     * @param value the new total for [UsageBehaviour.SET], the increment for [UsageBehaviour.DELTA].
     * @param resourceId the resource the usage belongs to, when any.
     * @return `true` if queued, `false` if refused (already handed to the failure handler).
     */
    public fun enqueueUsage(
        value: Long,
        customerId: String,
        featureId: String,
        behaviour: UsageBehaviour,
        resourceId: String? = null,
    ): Boolean = enqueueUsage(
        ReportUsageParams.builder().value(value).customerId(customerId).featureId(featureId).behaviour(behaviour)
            .resourceId(resourceId).build(),
    )

    /**
     * Hands an event to the background reporter and returns at once; see [enqueueUsage]. Its
     * idempotency key (fixed when [params] were built) is sent on every attempt, so the server counts it once.
     *
     * @return `true` if queued, `false` if refused (already handed to the failure handler).
     */
    public fun enqueueEvent(params: ReportEventParams): Boolean = service.enqueueEvent(params)

    /**
     * Hands an event built from named arguments to the background reporter; see [enqueueEvent].
     *
     * @param idempotencyKey your key; when `null` a random one is generated now and reused on every retry.
     * @param timestamp when the event happened; now (at this call) when `null`.
     * @param properties strings, numbers and booleans.
     * @return `true` if queued, `false` if refused (already handed to the failure handler).
     */
    public fun enqueueEvent(
        customerId: String,
        eventName: String,
        idempotencyKey: String? = null,
        timestamp: Instant? = null,
        resourceId: String? = null,
        properties: Map<String, Any?>? = null,
    ): Boolean = enqueueEvent(
        ReportEventParams.builder().customerId(customerId).eventName(eventName).idempotencyKey(idempotencyKey)
            .timestamp(timestamp).resourceId(resourceId).properties(properties).build(),
    )

    /**
     * Suspends until every report enqueued before this call has been sent or handed to the failure
     * handler, or until [timeout] passes. Cancelling the caller stops the wait, not the sending.
     *
     * ```kotlin
     * check(kelviq.reporting.flush(Duration.ofSeconds(5))) { "reports still pending" }
     * ```
     *
     * @return `true` if everything was settled in time, `false` on timeout.
     */
    public suspend fun flush(timeout: Duration): Boolean = service.flush(timeout)

    /** The background reporter's counters now: enqueued, sent, retried, failed, rejected, queue depth, in flight. */
    public fun stats(): ReporterStats = service.stats()
}
