package com.kelviq.sdk.internal.fleet

import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.internal.json.JavaJson
import com.kelviq.sdk.internal.json.KelviqJson
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import java.time.Instant
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.contentOrNull
import kotlinx.serialization.json.intOrNull
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.longOrNull

/**
 * The spool's entry format: `{"v":1,"k":"usage"|"event","p":<the request body>}`. An event keeps the idempotency key
 * and timestamp it was given at enqueue, so a replay is counted once by the server. An entry of another version reads
 * as `null` (dead-lettered as unreadable, never fatal).
 */
internal object SpoolCodec {
    const val VERSION = 1

    fun encode(report: PendingReport): String = buildJsonObject {
        put("v", JsonPrimitive(VERSION))
        when (report) {
            is PendingReport.Usage -> {
                put("k", JsonPrimitive("usage"))
                put("p", report.params.toJson())
            }
            is PendingReport.Event -> {
                put("k", JsonPrimitive("event"))
                put("p", report.params.toJson())
                put("t", JsonPrimitive(report.params.timestamp.toString()))
            }
        }
    }.toString()

    fun decode(text: String): PendingReport? = try {
        val obj = KelviqJson.parseToJsonElement(text).jsonObject
        val p = obj["p"]?.jsonObject
        if ((obj["v"] as? JsonPrimitive)?.intOrNull != VERSION || p == null) null
        else when ((obj["k"] as? JsonPrimitive)?.contentOrNull) {
            "usage" -> PendingReport.Usage(usage(p))
            "event" -> PendingReport.Event(event(p, obj["t"]!!.jsonPrimitive.content))
            else -> null
        }
    } catch (e: Exception) {
        null
    }

    private fun usage(p: JsonObject): ReportUsageParams = ReportUsageParams.builder()
        .value(p.getValue("value").jsonPrimitive.longOrNull!!)
        .customerId(p.getValue("customerId").jsonPrimitive.content)
        .featureId(p.getValue("featureId").jsonPrimitive.content)
        .behaviour(UsageBehaviour.valueOf(p.getValue("behaviour").jsonPrimitive.content))
        .resourceId(p["resourceId"]?.jsonPrimitive?.contentOrNull)
        .build()

    @Suppress("UNCHECKED_CAST")
    private fun event(p: JsonObject, timestamp: String): ReportEventParams = ReportEventParams.builder()
        .customerId(p.getValue("customerId").jsonPrimitive.content)
        .eventName(p.getValue("eventName").jsonPrimitive.content)
        .idempotencyKey(p.getValue("idempotencyKey").jsonPrimitive.content)
        .timestamp(Instant.parse(timestamp))
        .resourceId(p["resourceId"]?.jsonPrimitive?.contentOrNull)
        .properties(p["properties"]?.let { JavaJson.toJava(it) as Map<String, Any?> })
        .build()
}
