package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.WireTime
import com.kelviq.sdk.internal.json.propertiesToJson
import com.kelviq.sdk.internal.json.putIfSet
import com.kelviq.sdk.internal.validation.Checks
import java.time.Instant
import java.util.UUID
import java.util.concurrent.ThreadLocalRandom
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject

/**
 * Parameters of `reporting().reportUsage`: `POST /report/usage/`.
 *
 * ```java
 * ReportUsageParams params = ReportUsageParams.builder()
 *     .value(150).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET) // all required
 *     .build();
 * ```
 * A `DELTA` report has no idempotency key: repeated, it counts twice, so the SDK retries it only
 * when the request surely was not processed.
 */
public class ReportUsageParams private constructor(
    /** The usage value: the new total for `SET`, the increment for `DELTA`. */
    public val value: Long,
    /** The customer whose usage this is. */
    public val customerId: String,
    /** The metered feature. */
    public val featureId: String,
    /** Whether [value] replaces (`SET`) or adds to (`DELTA`) the usage. */
    public val behaviour: UsageBehaviour,
    /** The resource the usage belongs to, when set. */
    public val resourceId: String?,
) {
    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("value", value)
        putIfSet("customerId", customerId)
        putIfSet("featureId", featureId)
        putIfSet("behaviour", behaviour.name)
        putIfSet("resourceId", resourceId)
    }

    override fun equals(other: Any?): Boolean = other is ReportUsageParams && other.toJson() == toJson()
    override fun hashCode(): Int = toJson().hashCode()
    override fun toString(): String =
        "ReportUsageParams(value=$value, customerId=$customerId, featureId=$featureId, behaviour=$behaviour, resourceId=$resourceId)"

    /** Builds [ReportUsageParams]; [value], [customerId], [featureId] and [behaviour] are required. */
    public class Builder internal constructor() {
        private var value: Long? = null
        private var customerId: String? = null
        private var featureId: String? = null
        private var behaviour: UsageBehaviour? = null
        private var resourceId: String? = null

        /** The usage value. Required. */
        public fun value(value: Long): Builder = apply { this.value = value }
        /** The customer. Required. */
        public fun customerId(customerId: String): Builder = apply { this.customerId = customerId }
        /** The metered feature. Required. */
        public fun featureId(featureId: String): Builder = apply { this.featureId = featureId }
        /** `SET` or `DELTA`. Required. */
        public fun behaviour(behaviour: UsageBehaviour): Builder = apply { this.behaviour = behaviour }
        /** The resource the usage belongs to. */
        public fun resourceId(resourceId: String?): Builder = apply { this.resourceId = resourceId }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ReportUsageParams {
            val v = Checks.present("value", value)
            val b = Checks.present("behaviour", behaviour)
            if (b == UsageBehaviour.SET && v < 0) throw KelviqValidationException("value", "must be 0 or more for SET, was $v")
            return ReportUsageParams(
                v,
                Checks.id("customerId", customerId),
                Checks.id("featureId", featureId),
                b,
                resourceId?.let { Checks.id("resourceId", it) },
            )
        }
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Parameters of `reporting().reportEvent`: `POST /report/event/`.
 *
 * ```java
 * ReportEventParams params = ReportEventParams.builder()
 *     .customerId("c1").eventName("api_call")            // required
 *     .properties(Map.of("endpoint", "/search", "ms", 42))
 *     .build();                                           // idempotencyKey and timestamp filled in
 * ```
 * When no [idempotencyKey] is given, a random one (32 lowercase hex characters) is generated at
 * build time; it is sent unchanged on every retry, so the server counts the event once.
 * [timestamp] defaults to the time of building.
 */
public class ReportEventParams private constructor(
    /** The customer the event is about. */
    public val customerId: String,
    /** The event's name. */
    public val eventName: String,
    /** The key that makes the server process this event at most once. */
    public val idempotencyKey: String,
    /** When the event happened; sent as UTC `yyyy-MM-dd HH:mm:ss.SSSSSS`. */
    public val timestamp: Instant,
    /** The resource the event belongs to, when set. */
    public val resourceId: String?,
    /** The event's properties (strings, numbers, booleans), when set. */
    public val properties: Map<String, Any?>?,
) {
    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("customerId", customerId)
        putIfSet("eventName", eventName)
        putIfSet("idempotencyKey", idempotencyKey)
        putIfSet("timestamp", WireTime.MICROS.format(timestamp))
        putIfSet("resourceId", resourceId)
        putIfSet("properties", properties?.let { propertiesToJson(it) })
    }

    override fun equals(other: Any?): Boolean = other is ReportEventParams && other.toJson() == toJson()
    override fun hashCode(): Int = toJson().hashCode()
    override fun toString(): String =
        "ReportEventParams(customerId=$customerId, eventName=$eventName, idempotencyKey=$idempotencyKey, " +
            "timestamp=$timestamp, resourceId=$resourceId, properties=$properties)"

    /** Builds [ReportEventParams]; [customerId] and [eventName] are required. */
    public class Builder internal constructor() {
        private var customerId: String? = null
        private var eventName: String? = null
        private var idempotencyKey: String? = null
        private var timestamp: Instant? = null
        private var resourceId: String? = null
        private var properties: Map<String, Any?>? = null

        /** The customer. Required. */
        public fun customerId(customerId: String): Builder = apply { this.customerId = customerId }
        /** The event's name. Required. */
        public fun eventName(eventName: String): Builder = apply { this.eventName = eventName }
        /** Your own idempotency key; one is generated when not set. */
        public fun idempotencyKey(idempotencyKey: String?): Builder = apply { this.idempotencyKey = idempotencyKey }
        /** When the event happened; now when not set. */
        public fun timestamp(timestamp: Instant?): Builder = apply { this.timestamp = timestamp }
        /** The resource the event belongs to. */
        public fun resourceId(resourceId: String?): Builder = apply { this.resourceId = resourceId }
        /** Properties: strings, numbers and booleans. */
        public fun properties(properties: Map<String, Any?>?): Builder = apply { this.properties = properties?.toMap() }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ReportEventParams {
            val props = properties
            if (props != null) propertiesToJson(props) // refuses values that are not strings, numbers or booleans
            return ReportEventParams(
                Checks.id("customerId", customerId),
                Checks.id("eventName", eventName),
                idempotencyKey?.let { Checks.id("idempotencyKey", it) } ?: newIdempotencyKey(),
                timestamp ?: Instant.now(),
                resourceId?.let { Checks.id("resourceId", it) },
                props,
            )
        }
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()

        /**
         * A random idempotency key: a version-4 UUID as 32 lowercase hex characters. Drawn from
         * [ThreadLocalRandom] (keys must be unique, not secret), so it never blocks on the system's
         * entropy source and is safe to call on event-loop threads.
         */
        @JvmStatic
        public fun newIdempotencyKey(): String {
            val random = ThreadLocalRandom.current()
            val msb = (random.nextLong() and -0xf001L) or 0x4000L // version 4
            val lsb = (random.nextLong() and 0x3fffffffffffffffL) or Long.MIN_VALUE // IETF variant
            return UUID(msb, lsb).toString().replace("-", "")
        }
    }
}
