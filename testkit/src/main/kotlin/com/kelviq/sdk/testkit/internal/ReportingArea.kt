package com.kelviq.sdk.testkit.internal

import com.kelviq.sdk.testkit.ReportedEvent
import com.kelviq.sdk.testkit.ReportedUsage
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/**
 * `POST /report/usage/` (SET replaces, DELTA adds to the usage of the customer's first `METER`
 * entry of the feature) and `POST /report/event/` (recorded once per idempotency key, never
 * touching usage).
 *
 * A report about a customer the fake does not know (neither created nor granted an entitlement)
 * is refused with 400 naming `customerId`.
 */
internal class ReportingArea(
    private val customers: CustomersArea,
    private val entitlements: EntitlementsArea,
    private val orgId: String,
) {
    private class StoredEvent(val event: ReportedEvent, val response: JsonObject)

    private val eventsByKey = LinkedHashMap<String, StoredEvent>()
    private val usage = ArrayList<ReportedUsage>()

    private val usageSchema = BodySchema(
        required = mapOf("value" to Rules.integer, "customerId" to Rules.nonBlank, "featureId" to Rules.nonBlank, "behaviour" to Rules.enumOf("SET", "DELTA")),
        optional = mapOf("resourceId" to Rules.nonBlank),
    )
    private val eventSchema = BodySchema(
        required = mapOf(
            "customerId" to Rules.nonBlank, "eventName" to Rules.nonBlank,
            "idempotencyKey" to Rules.nonBlank, "timestamp" to Rules.microsTimestamp,
        ),
        optional = mapOf("resourceId" to Rules.nonBlank, "properties" to Rules.properties),
    )

    fun events(): List<ReportedEvent> = eventsByKey.values.map { it.event }

    fun usageReports(): List<ReportedUsage> = usage.toList()

    fun clear() {
        eventsByKey.clear()
        usage.clear()
    }

    fun reportUsage(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        usageSchema.check(body)
        val value = Rules.longOf("value", body.getValue("value"))
        val customerId = str(body, "customerId")!!
        val featureId = str(body, "featureId")!!
        val behaviour = str(body, "behaviour")!!
        requireKnown(customerId)
        if (behaviour == "SET" && value < 0) throw ApiError.field("value", "A SET report's value must be 0 or more, was $value.")
        entitlements.meter(customerId, featureId)?.let { entry ->
            entry.currentUsage = maxOf(0, if (behaviour == "SET") value else entry.currentUsage + value)
        }
        usage += ReportedUsage(customerId, featureId, value, behaviour, str(body, "resourceId"))
        return Reply(200, buildJsonObject {
            put("value", value)
            put("customerId", customerId)
            put("featureId", featureId)
            put("behaviour", behaviour)
            put("orgId", orgId)
            put("eventName", featureId)
            put("idempotencyKey", hex32())
            put("timestamp", WireTimes.MICROS.format(WireTimes.now()))
        })
    }

    fun reportEvent(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        eventSchema.check(body)
        val customerId = str(body, "customerId")!!
        requireKnown(customerId)
        val key = str(body, "idempotencyKey")!!
        eventsByKey[key]?.let { return Reply(200, it.response) }
        val properties = (body["properties"] as? JsonObject) ?: JsonObject(emptyMap())
        val event = ReportedEvent(
            customerId, str(body, "eventName")!!, key, str(body, "timestamp")!!, str(body, "resourceId"),
            properties.mapValues { (_, v) -> plain(v as JsonPrimitive) }, call.body,
        )
        val response = buildJsonObject {
            put("customerId", event.customerId)
            put("eventName", event.eventName)
            put("idempotencyKey", key)
            put("timestamp", event.timestamp)
            put("properties", properties)
            put("orgId", orgId)
        }
        eventsByKey[key] = StoredEvent(event, response)
        return Reply(200, response)
    }

    private fun requireKnown(customerId: String) {
        if (!customers.exists(customerId) && !entitlements.knows(customerId)) {
            throw ApiError.field("customerId", "Customer '$customerId' does not exist.")
        }
    }

    private fun str(body: JsonObject, key: String): String? = (body[key] as? JsonPrimitive)?.takeIf { it.isString }?.content

    private fun plain(p: JsonPrimitive): Any = when {
        p.isString -> p.content
        p.content == "true" -> true
        p.content == "false" -> false
        else -> p.content.toLongOrNull() ?: p.content.toDouble()
    }

}
