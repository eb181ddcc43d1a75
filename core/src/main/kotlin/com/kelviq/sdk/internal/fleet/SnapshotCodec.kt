package com.kelviq.sdk.internal.fleet

import com.kelviq.sdk.internal.json.KelviqJson
import com.kelviq.sdk.model.CustomerEntitlements
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.intOrNull
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.longOrNull

/**
 * The stored form of a customer's entitlements: `{"v":1,"at":<epoch millis fetched>,"e":<entitlements>}`. A
 * snapshot of another format version, or one that does not decode, reads as absent (never an error): instances of
 * different SDK versions may share a store.
 */
internal object SnapshotCodec {
    const val VERSION = 1

    /** A decoded snapshot: the entitlements and when they were fetched from the API (epoch millis). */
    class Stored(val entitlements: CustomerEntitlements, val fetchedAtMillis: Long)

    fun encode(entitlements: CustomerEntitlements, fetchedAtMillis: Long): String = buildJsonObject {
        put("v", JsonPrimitive(VERSION))
        put("at", JsonPrimitive(fetchedAtMillis))
        put("e", KelviqJson.encodeToJsonElement(CustomerEntitlements.serializer(), entitlements))
    }.toString()

    fun decode(text: String): Stored? = try {
        val obj = KelviqJson.parseToJsonElement(text).jsonObject
        val version = (obj["v"] as? JsonPrimitive)?.intOrNull
        val at = (obj["at"] as? JsonPrimitive)?.longOrNull
        val e = obj["e"] as? JsonObject
        if (version != VERSION || at == null || e == null) null
        else Stored(KelviqJson.decodeFromJsonElement(CustomerEntitlements.serializer(), e), at)
    } catch (e: Exception) {
        null
    }
}
