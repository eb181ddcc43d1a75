package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.ReporterStats
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.EventReport
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.model.UsageReport
import com.kelviq.sdk.internal.service.ReportingService
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

    /** [KelviqOperation.REPORTING_REPORT_USAGE]. */
    public suspend fun reportUsage(params: ReportUsageParams, options: RequestOptions = RequestOptions.DEFAULT): UsageReport =
        service.reportUsage(params, options)

    /** [KelviqOperation.REPORTING_REPORT_USAGE], from named arguments: those of the params builder. */
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

    /** [KelviqOperation.REPORTING_REPORT_EVENT]. */
    public suspend fun reportEvent(params: ReportEventParams, options: RequestOptions = RequestOptions.DEFAULT): EventReport =
        service.reportEvent(params, options)

    /** [KelviqOperation.REPORTING_REPORT_EVENT], from named arguments: those of the params builder. */
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

    /** [KelviqOperation.REPORTING_ENQUEUE_USAGE]. */
    public fun enqueueUsage(params: ReportUsageParams): Boolean = service.enqueueUsage(params)

    /** [KelviqOperation.REPORTING_ENQUEUE_USAGE], from named arguments: those of the params builder. */
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

    /** [KelviqOperation.REPORTING_ENQUEUE_EVENT]. */
    public fun enqueueEvent(params: ReportEventParams): Boolean = service.enqueueEvent(params)

    /** [KelviqOperation.REPORTING_ENQUEUE_EVENT], from named arguments: those of the params builder. */
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

    /** [KelviqOperation.REPORTING_FLUSH]. */
    public suspend fun flush(timeout: Duration): Boolean = service.flush(timeout)

    /** [KelviqOperation.REPORTING_STATS]. */
    public fun stats(): ReporterStats = service.stats()
}
