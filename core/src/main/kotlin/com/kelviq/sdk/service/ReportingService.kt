package com.kelviq.sdk.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.EventReport
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.model.UsageReport

/** The reporting area as suspend operations: usage reports and raw events. */
public class ReportingService internal constructor(private val transport: KelviqTransport) {

    /**
     * Reports pre-aggregated usage: `POST /report/usage/`. A `SET` report is retried like any
     * safe operation; a `DELTA` report only when the request surely was not processed.
     */
    public suspend fun reportUsage(params: ReportUsageParams, options: RequestOptions = RequestOptions.DEFAULT): UsageReport =
        transport.execute(Ops.reportUsage(params), options)

    /**
     * Reports a raw event: `POST /report/event/`. Retried with the same idempotency key on every
     * attempt, so the server counts it once.
     */
    public suspend fun reportEvent(params: ReportEventParams, options: RequestOptions = RequestOptions.DEFAULT): EventReport =
        transport.execute(Ops.reportEvent(params), options)

    internal object Ops {
        fun reportUsage(params: ReportUsageParams) = Operation(
            name = "reporting.reportUsage", method = Method.POST, host = Host.API, path = listOf("report", "usage"),
            body = params.toJson(),
            safety = if (params.behaviour == UsageBehaviour.SET) RetrySafety.IDEMPOTENT else RetrySafety.NON_IDEMPOTENT,
            decoder = Decoders.json(UsageReport.serializer()),
        )

        fun reportEvent(params: ReportEventParams) = Operation(
            name = "reporting.reportEvent", method = Method.POST, host = Host.API, path = listOf("report", "event"),
            body = params.toJson(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(EventReport.serializer()),
        )
    }
}
