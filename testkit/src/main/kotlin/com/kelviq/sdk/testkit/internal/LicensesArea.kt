package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.util.UUID

/** Licenses seeded by the test and `/license/activate|deactivate|validate/`, bounded by each license's activation limit. */
internal class LicensesArea {
    private class License(val key: String, val limit: Int, val customerId: String?) {
        val id: String = UUID.randomUUID().toString()
        val instances = LinkedHashMap<String, JsonObject>() // instanceId -> metadata

        fun toJson(): JsonObject = buildJsonObject {
            put("id", id)
            put("activationUsage", instances.size)
            put("activationLimit", limit)
            put("enabled", true)
            put("expiresOn", JsonNull)
            put("customer", customerId?.let { buildJsonObject { put("customer_id", it) } } ?: JsonNull)
        }
    }

    private val licenses = LinkedHashMap<String, License>()
    private val activateSchema = BodySchema(
        required = mapOf("licenseKey" to Rules.nonBlank),
        optional = mapOf("customerId" to Rules.nonBlank, "instanceName" to Rules.string, "metadata" to Rules.jsonObject),
    )
    private val deactivateSchema = BodySchema(required = mapOf("licenseKey" to Rules.nonBlank, "instanceId" to Rules.nonBlank))
    private val validateSchema = BodySchema(required = mapOf("licenseKey" to Rules.nonBlank), optional = mapOf("instanceId" to Rules.nonBlank))

    fun add(key: String, limit: Int, customerId: String?) {
        licenses[key] = License(key, limit, customerId)
    }

    fun activate(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        activateSchema.check(body)
        val license = licenses[(body["licenseKey"] as JsonPrimitive).content] ?: throw ApiError.detail(404, "Invalid license key.")
        (body["customerId"] as? JsonPrimitive)?.content?.let { if (it != license.customerId) throw ApiError.detail(404, "Invalid license key or customer ID.") }
        if (license.instances.size >= license.limit) throw ApiError.detail(403, "Activation limit reached.")
        val instanceId = UUID.randomUUID().toString()
        license.instances[instanceId] = body["metadata"] as? JsonObject ?: JsonObject(emptyMap())
        return Reply(201, buildJsonObject {
            put("instanceId", instanceId)
            put("activatedAt", WireTimes.now().toString())
            put("expiresOn", JsonNull)
            put("license", license.toJson())
        })
    }

    fun deactivate(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        deactivateSchema.check(body)
        val license = licenses[(body["licenseKey"] as JsonPrimitive).content]
        val instanceId = (body["instanceId"] as JsonPrimitive).content
        if (license == null || license.instances.remove(instanceId) == null) throw ApiError.detail(404, "No such license key and instance.")
        return Reply(200, buildJsonObject {
            put("message", "Deactivated.")
            put("deactivatedAt", WireTimes.now().toString())
        })
    }

    fun validate(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        validateSchema.check(body)
        val license = licenses[(body["licenseKey"] as JsonPrimitive).content] ?: throw ApiError.detail(404, "License key not found.")
        val instanceId = (body["instanceId"] as? JsonPrimitive)?.content
        val metadata = if (instanceId == null) JsonObject(emptyMap()) else license.instances[instanceId] ?: throw ApiError.detail(404, "Instance not found.")
        return Reply(200, buildJsonObject {
            put("valid", true)
            put("code", "VALID")
            put("detail", "The license is valid.")
            put("metadata", metadata)
            put("license", license.toJson())
        })
    }

    fun clear() = licenses.clear()
}
