@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.internal.FlexibleInstantSerializer
import com.kelviq.sdk.internal.PlainPropertiesSerializer
import com.kelviq.sdk.internal.PrimitiveAsStringSerializer
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.JsonNames
import java.time.Instant

/**
 * The server's record of a pre-aggregated usage report.
 *
 * @property behaviour `SET` or `DELTA` as sent back (a string: the server may add values).
 */
@Serializable
public data class UsageReport(
    val value: Long,
    @JsonNames("customer_id") val customerId: String,
    @JsonNames("feature_id") val featureId: String,
    val behaviour: String = "",
    @JsonNames("org_id") @Serializable(with = PrimitiveAsStringSerializer::class) val orgId: String? = null,
    @JsonNames("event_name") val eventName: String? = null,
    @JsonNames("idempotency_key") val idempotencyKey: String? = null,
    @Serializable(with = FlexibleInstantSerializer::class) val timestamp: Instant? = null,
)

/**
 * The server's record of a raw event.
 *
 * @property properties the event's properties as plain values (String, Long, Double, Boolean), or `null`.
 */
@Serializable
public data class EventReport(
    @JsonNames("customer_id") val customerId: String,
    @JsonNames("event_name") val eventName: String,
    @JsonNames("idempotency_key") val idempotencyKey: String? = null,
    @Serializable(with = FlexibleInstantSerializer::class) val timestamp: Instant? = null,
    @Serializable(with = PlainPropertiesSerializer::class) val properties: Map<String, Any?>? = null,
    @JsonNames("org_id") @Serializable(with = PrimitiveAsStringSerializer::class) val orgId: String? = null,
)
