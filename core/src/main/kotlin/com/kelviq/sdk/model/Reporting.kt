@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.PrimitiveAsStringSerializer
import com.kelviq.sdk.internal.json.WireTime
import java.time.Instant
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonNames

/** The server's record of a pre-aggregated usage report. Immutable; equal when every field is. */
@Serializable
public class UsageReport internal constructor(
    /** The value reported. */
    public val value: Long,
    /** The reporting customer. */
    @JsonNames("customer_id") public val customerId: String,
    /** The feature the usage counts against. */
    @JsonNames("feature_id") public val featureId: String,
    /** `SET` or `DELTA` as sent back (a string: the server may add values). */
    public val behaviour: String = "",
    /** Your organisation's id, or `null`. */
    @JsonNames("org_id") @Serializable(with = PrimitiveAsStringSerializer::class) public val orgId: String? = null,
    /** The event name the server recorded, or `null`. */
    @JsonNames("event_name") public val eventName: String? = null,
    /** The idempotency key the server recorded, or `null`. */
    @JsonNames("idempotency_key") public val idempotencyKey: String? = null,
    /** When the server recorded it: the text as sent, or `null` (typed: [timestamp]). */
    @SerialName("timestamp") @Serializable(with = FieldTextSerializer::class) public val timestampText: String? = null,
) {
    /** When the server recorded it, read from [timestampText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val timestamp: Instant? = WireTime.instantOrNull(timestampText)

    private fun values() = listOf(value, customerId, featureId, behaviour, orgId, eventName, idempotencyKey, timestampText)

    override fun equals(other: Any?): Boolean = this === other || other is UsageReport && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "UsageReport(value=$value, customerId=$customerId, featureId=$featureId, behaviour=$behaviour, orgId=$orgId, " +
            "eventName=$eventName, idempotencyKey=$idempotencyKey, timestamp=$timestamp)"

    internal companion object
}

/** The server's record of a raw event. Immutable; equal when every field is. */
@Serializable
public class EventReport internal constructor(
    /** The reporting customer. */
    @JsonNames("customer_id") public val customerId: String,
    /** The event's name. */
    @JsonNames("event_name") public val eventName: String,
    /** The idempotency key the server recorded, or `null`. */
    @JsonNames("idempotency_key") public val idempotencyKey: String? = null,
    /** When the event happened: the text as sent, or `null` (typed: [timestamp]). */
    @SerialName("timestamp") @Serializable(with = FieldTextSerializer::class) public val timestampText: String? = null,
    /** The event's properties as plain values (String, Long, Double, Boolean), or `null`. */
    @Serializable(with = JavaJsonMapSerializer::class) public val properties: Map<String, Any?>? = null,
    /** Your organisation's id, or `null`. */
    @JsonNames("org_id") @Serializable(with = PrimitiveAsStringSerializer::class) public val orgId: String? = null,
) {
    /** When the event happened, read from [timestampText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val timestamp: Instant? = WireTime.instantOrNull(timestampText)

    private fun values() = listOf(customerId, eventName, idempotencyKey, timestampText, properties, orgId)

    override fun equals(other: Any?): Boolean = this === other || other is EventReport && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "EventReport(customerId=$customerId, eventName=$eventName, idempotencyKey=$idempotencyKey, timestamp=$timestamp, " +
            "properties=$properties, orgId=$orgId)"

    internal companion object
}
