@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.JavaJsonValueSerializer
import com.kelviq.sdk.internal.json.PrimitiveAsStringSerializer
import com.kelviq.sdk.internal.json.WireNumbers
import com.kelviq.sdk.internal.json.WireTime
import com.kelviq.sdk.internal.json.putIfSet
import com.kelviq.sdk.internal.validation.Checks
import java.time.Instant
import java.time.LocalDate
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject

/**
 * Parameters of `charges().create`, a one-time payment charged to the customer's default payment method:
 * `POST /charges/`. [chargePeriod] is always `ONE_TIME` (any other value is refused before sending).
 *
 * ```java
 * CreateChargeParams params = CreateChargeParams.builder().planIdentifier("lifetime").customerId("c1").build();
 * ```
 */
public class CreateChargeParams private constructor(b: Builder) {
    /** The plan bought as a one-time payment. Required. */
    public val planIdentifier: String = Checks.required("planIdentifier", b.planIdentifier)

    /** Always [ChargePeriod.ONE_TIME]. */
    public val chargePeriod: ChargePeriod = (b.chargePeriod ?: ChargePeriod.ONE_TIME).also {
        if (it != ChargePeriod.ONE_TIME) throw KelviqValidationException("chargePeriod", "must be ONE_TIME for a charge, was $it")
    }

    /** The customer charged; it must already have a default payment method. Required. */
    public val customerId: String = Checks.id("customerId", b.customerId)

    /** Feature quantities, when set. */
    public val features: List<FeatureQuantity>? = b.features?.toList()

    /** The ISO 4217 currency to charge in, when set. */
    public val currencyCode: String? = Checks.optionalText("currencyCode", b.currencyCode)

    /** The customer's IP address, for location-based pricing, when set. */
    public val ipAddress: String? = Checks.optionalText("ipAddress", b.ipAddress)

    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("planIdentifier", planIdentifier)
        putIfSet("chargePeriod", chargePeriod.name)
        putIfSet("customerId", customerId)
        putIfSet("features", features?.let { list -> JsonArray(list.map { it.toJson() }) })
        putIfSet("currencyCode", currencyCode)
        putIfSet("ipAddress", ipAddress)
    }

    override fun equals(other: Any?): Boolean = other is CreateChargeParams && other.toJson() == toJson()

    override fun hashCode(): Int = toJson().hashCode()

    override fun toString(): String = "CreateChargeParams${toJson()}"

    /** Builds [CreateChargeParams]; [planIdentifier] and [customerId] are required. */
    public class Builder internal constructor() {
        internal var planIdentifier: String? = null
        internal var chargePeriod: ChargePeriod? = null
        internal var customerId: String? = null
        internal var features: List<FeatureQuantity>? = null
        internal var currencyCode: String? = null
        internal var ipAddress: String? = null

        /** The plan. Required. */
        public fun planIdentifier(planIdentifier: String): Builder = apply { this.planIdentifier = planIdentifier }

        /** Must be [ChargePeriod.ONE_TIME] (the default). */
        public fun chargePeriod(chargePeriod: ChargePeriod): Builder = apply { this.chargePeriod = chargePeriod }

        /** The customer. Required. */
        public fun customerId(customerId: String): Builder = apply { this.customerId = customerId }

        /** Feature quantities. */
        public fun features(features: List<FeatureQuantity>?): Builder = apply { this.features = features }

        /** ISO 4217 currency code. */
        public fun currencyCode(currencyCode: String?): Builder = apply { this.currencyCode = currencyCode }

        /** The customer's IP address. */
        public fun ipAddress(ipAddress: String?): Builder = apply { this.ipAddress = ipAddress }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): CreateChargeParams = CreateChargeParams(this)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/** A one-time charge: the purchase record the server created. Immutable; equal when every field is. */
@Serializable
public class Charge internal constructor(
    /** The record's id. */
    public val id: String,
    /** The start date: the text as sent, or `null` (typed: [startDate]). */
    @SerialName("startDate") @Serializable(with = FieldTextSerializer::class) public val startDateText: String? = null,
    /** The end date: the text as sent, or `null` (typed: [endDate]). */
    @SerialName("endDate") @Serializable(with = FieldTextSerializer::class) public val endDateText: String? = null,
    /** The billing period's start: the text as sent, or `null` (typed: [billingPeriodStartTime]). */
    @SerialName("billingPeriodStartTime") @Serializable(with = FieldTextSerializer::class) public val billingPeriodStartTimeText: String? = null,
    /** The billing period's end: the text as sent, or `null` (typed: [billingPeriodEndTime]). */
    @SerialName("billingPeriodEndTime") @Serializable(with = FieldTextSerializer::class) public val billingPeriodEndTimeText: String? = null,
    /** The amount charged as a decimal string, e.g. `"49.00"`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amount: String? = null,
    /** The recurrence as sent (empty for a one-time charge). */
    public val recurrence: String? = null,
    /** The currency code. */
    public val currency: String? = null,
    /** The status as sent, e.g. `active`. */
    public val status: String? = null,
    /** The product (`id`, `name`, `identifier`) as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val product: Map<String, Any?> = emptyMap(),
    /** The plan bought. */
    public val plan: SubscriptionPlan? = null,
    /** The features as plain JSON values, or `null`. */
    @Serializable(with = JavaJsonValueSerializer::class) public val features: Any? = null,
    /** Trial days left: the number as sent, exactly, or `null` (typed: [trialDaysRemaining]). */
    @SerialName("trialDaysRemaining") @Serializable(with = FieldTextSerializer::class) public val trialDaysRemainingText: String? = null,
    /** The customer charged. */
    public val customerId: String? = null,
    /** The billing type as sent, `ONE_TIME`. */
    public val billingType: String? = null,
) {
    /** Trial days left, read from [trialDaysRemainingText]: `null` when absent or not a number; a value beyond `Int` is held at its nearest bound (the exact text is kept). */
    @Transient public val trialDaysRemaining: Int? = WireNumbers.intOrNull(trialDaysRemainingText)

    /** The start date, read from [startDateText]: `null` when absent or not a date (the text is kept). */
    @Transient public val startDate: LocalDate? = WireTime.dateOrNull(startDateText)
    /** The end date, read from [endDateText]: `null` when absent or not a date (the text is kept). */
    @Transient public val endDate: LocalDate? = WireTime.dateOrNull(endDateText)
    /** The billing period's start, read from [billingPeriodStartTimeText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val billingPeriodStartTime: Instant? = WireTime.instantOrNull(billingPeriodStartTimeText)
    /** The billing period's end, read from [billingPeriodEndTimeText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val billingPeriodEndTime: Instant? = WireTime.instantOrNull(billingPeriodEndTimeText)

    private fun values() = listOf(
        id, startDateText, endDateText, billingPeriodStartTimeText, billingPeriodEndTimeText, amount, recurrence, currency, status, product, plan,
        features, trialDaysRemainingText, customerId, billingType,
    )

    override fun equals(other: Any?): Boolean = this === other || other is Charge && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "Charge(id=$id, status=$status, amount=$amount, currency=$currency, plan=$plan, customerId=$customerId, billingType=$billingType)"

    internal companion object
}
