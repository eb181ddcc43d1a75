package com.kelviq.sdk.testkit.internal

import com.kelviq.sdk.testkit.EntitlementGrant
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.time.Instant

/** One entitlement entry of a customer; `currentUsage` changes with usage reports. */
internal class EntitlementEntry(
    val featureId: String,
    val featureType: String,
    val usageLimit: Long?,
    val hardLimit: Boolean?,
    var currentUsage: Long,
    val hasAccess: Boolean,
    val resetAt: Instant?,
) {
    val isMeter: Boolean get() = featureType == "METER"

    fun remaining(): Long? = usageLimit?.let { it - currentUsage }

    /**
     * The entry's own `hasAccess`, as a real server sends it: for a `METER`, some usage left or unlimited (the SDK then
     * aggregates the raw entries by the official rule, as it does a real answer); otherwise the value granted.
     */
    fun access(): Boolean {
        if (!isMeter) return hasAccess
        val left = remaining()
        return left == null || left > 0
    }

    fun toJson(): JsonObject = buildJsonObject {
        put("featureId", featureId)
        put("featureType", featureType)
        put("hasAccess", access())
        put("resetAt", resetAt?.let { WireTimes.SECONDS.format(it) })
        put("hardLimit", hardLimit)
        put("usageLimit", usageLimit)
        val counted = isMeter || usageLimit != null
        put("currentUsage", if (counted) currentUsage else null)
        put("remaining", if (counted) remaining() else null)
    }
}

/** The edge's `GET /entitlements/?customer_id=..[&feature_id=..]`, answering the seeded entries. */
internal class EntitlementsArea {
    private val byCustomer = LinkedHashMap<String, MutableList<EntitlementEntry>>()

    fun grant(g: EntitlementGrant) {
        byCustomer.getOrPut(g.customerId) { ArrayList() } +=
            EntitlementEntry(g.featureId, g.featureType, g.usageLimit, g.hardLimit, g.currentUsage, g.hasAccess, g.resetAt)
    }

    fun revokeAll(customerId: String) {
        byCustomer.remove(customerId)
    }

    fun revoke(customerId: String, featureId: String) {
        byCustomer[customerId]?.removeAll { it.featureId == featureId }
    }

    fun knows(customerId: String): Boolean = !byCustomer[customerId].isNullOrEmpty()

    /** The first `METER` entry of [featureId], which usage reports change. */
    fun meter(customerId: String, featureId: String): EntitlementEntry? =
        byCustomer[customerId]?.firstOrNull { it.featureId == featureId && it.isMeter }

    fun clear() = byCustomer.clear()

    fun get(call: Call): Reply {
        Urls.allowOnly(call.query, "customer_id", "feature_id")
        val customerId = Urls.required(call.query, "customer_id")
        val featureId = call.query["feature_id"]?.also { if (it.isBlank()) throw ApiError.field("feature_id", "Query parameter 'feature_id' may not be blank.") }
        val entries = byCustomer[customerId].orEmpty().filter { featureId == null || it.featureId == featureId }
        return Reply(200, buildJsonObject {
            put("customerId", customerId)
            put("entitlements", JsonArray(entries.map { it.toJson() }))
        })
    }
}
