package com.kelviq.sdk.coroutines

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.EventReport
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.model.UsageReport
import com.kelviq.sdk.service.ReportingService
import java.time.Instant

/**
 * The reporting area of [KelviqClient]: `reportUsage` (pre-aggregated) and `reportEvent` (raw).
 *
 * ```kotlin
 * kelviq.reporting.reportUsage(value = 150, customerId = "c1", featureId = "seats", behaviour = UsageBehaviour.SET)
 * kelviq.reporting.reportEvent(customerId = "c1", eventName = "api_call", properties = mapOf("ms" to 42))
 * ```
 * Cancelling the calling coroutine aborts the HTTP exchange.
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
}
