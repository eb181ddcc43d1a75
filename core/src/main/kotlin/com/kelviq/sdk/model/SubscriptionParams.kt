package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.putIfSet
import com.kelviq.sdk.internal.validation.Checks
import java.time.Instant
import java.time.LocalDate
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject

private fun featuresJson(features: List<FeatureQuantity>?): JsonArray? =
    features?.let { list -> JsonArray(list.map { it.toJson() }) }

/**
 * Parameters of `subscriptions().update` (change plan): `POST /subscriptions/{subscriptionId}/update/`.
 *
 * ```java
 * UpdateSubscriptionParams params = UpdateSubscriptionParams.builder()
 *     .subscriptionId("sub_1").planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY) // required
 *     .trialEnd(TrialEnd.now())
 *     .build();
 * ```
 */
public class UpdateSubscriptionParams private constructor(b: Builder) {
    /** Which subscription to change (a path parameter). */
    public val subscriptionId: String = Checks.id("subscriptionId", b.subscriptionId)
    /** The new plan. */
    public val planIdentifier: String = Checks.required("planIdentifier", b.planIdentifier)
    /** The new billing cycle. */
    public val chargePeriod: ChargePeriod = Checks.present("chargePeriod", b.chargePeriod)
    /** Feature quantities, when set. */
    public val features: List<FeatureQuantity>? = b.features?.toList()
    /** The customer's IP address, for location-based pricing. */
    public val ipAddress: String? = Checks.optionalText("ipAddress", b.ipAddress)
    /** When the trial ends, when set. */
    public val trialEnd: TrialEnd? = b.trialEnd
    /** How the change is activated, when set. */
    public val paymentBehavior: PaymentBehavior? = b.paymentBehavior
    /** Deprecated 1.x field, still accepted. */
    public val offeringId: String? = Checks.optionalText("offeringId", b.offeringId)
    /** Deprecated 1.x field, still accepted. */
    public val pricingTableId: String? = Checks.optionalText("pricingTableId", b.pricingTableId)
    /** Deprecated 1.x field, still accepted. */
    public val ruleId: String? = Checks.optionalText("ruleId", b.ruleId)

    init {
        val at = trialEnd?.instant
        if (at != null && !at.isAfter(Instant.now())) throw KelviqValidationException("trialEnd", "must be in the future, was $at")
    }

    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("planIdentifier", planIdentifier)
        putIfSet("chargePeriod", chargePeriod.name)
        putIfSet("features", featuresJson(features))
        putIfSet("ipAddress", ipAddress)
        putIfSet("trialEnd", trialEnd?.wireValue())
        putIfSet("paymentBehavior", paymentBehavior?.wireValue)
        putIfSet("offeringId", offeringId)
        putIfSet("pricingTableId", pricingTableId)
        putIfSet("ruleId", ruleId)
    }

    override fun equals(other: Any?): Boolean =
        other is UpdateSubscriptionParams && other.subscriptionId == subscriptionId && other.toJson() == toJson()
    override fun hashCode(): Int = subscriptionId.hashCode() * 31 + toJson().hashCode()
    override fun toString(): String = "UpdateSubscriptionParams(subscriptionId=$subscriptionId, body=${toJson()})"

    /** Builds [UpdateSubscriptionParams]; [subscriptionId], [planIdentifier] and [chargePeriod] are required. */
    public class Builder internal constructor() {
        internal var subscriptionId: String? = null
        internal var planIdentifier: String? = null
        internal var chargePeriod: ChargePeriod? = null
        internal var features: List<FeatureQuantity>? = null
        internal var ipAddress: String? = null
        internal var trialEnd: TrialEnd? = null
        internal var paymentBehavior: PaymentBehavior? = null
        internal var offeringId: String? = null
        internal var pricingTableId: String? = null
        internal var ruleId: String? = null

        /** Which subscription. Required. */
        public fun subscriptionId(subscriptionId: String): Builder = apply { this.subscriptionId = subscriptionId }
        /** The new plan. Required. */
        public fun planIdentifier(planIdentifier: String): Builder = apply { this.planIdentifier = planIdentifier }
        /** The new billing cycle. Required. */
        public fun chargePeriod(chargePeriod: ChargePeriod): Builder = apply { this.chargePeriod = chargePeriod }
        /** Feature quantities. */
        public fun features(features: List<FeatureQuantity>?): Builder = apply { this.features = features }
        /** The customer's IP address. */
        public fun ipAddress(ipAddress: String?): Builder = apply { this.ipAddress = ipAddress }
        /** When the trial ends: [TrialEnd.now] or [TrialEnd.at]. */
        public fun trialEnd(trialEnd: TrialEnd?): Builder = apply { this.trialEnd = trialEnd }
        /** When the trial ends: a future instant. */
        public fun trialEnd(trialEnd: Instant): Builder = apply { this.trialEnd = TrialEnd.at(trialEnd) }
        /** How the change is activated. */
        public fun paymentBehavior(paymentBehavior: PaymentBehavior?): Builder = apply { this.paymentBehavior = paymentBehavior }
        /** Deprecated 1.x field. */
        @Deprecated("A 1.x field, still accepted by the server; prefer planIdentifier.")
        public fun offeringId(offeringId: String?): Builder = apply { this.offeringId = offeringId }
        /** Deprecated 1.x field. */
        @Deprecated("A 1.x field, still accepted by the server; prefer planIdentifier.")
        public fun pricingTableId(pricingTableId: String?): Builder = apply { this.pricingTableId = pricingTableId }
        /** Deprecated 1.x field. */
        @Deprecated("A 1.x field, still accepted by the server; prefer planIdentifier.")
        public fun ruleId(ruleId: String?): Builder = apply { this.ruleId = ruleId }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): UpdateSubscriptionParams = UpdateSubscriptionParams(this)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Parameters of `subscriptions().create`: `POST /subscriptions/create/`.
 *
 * ```java
 * CreateSubscriptionParams params = CreateSubscriptionParams.builder()
 *     .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId("c1") // required
 *     .build();
 * ```
 */
public class CreateSubscriptionParams private constructor(b: Builder) {
    /** The plan subscribed to. */
    public val planIdentifier: String = Checks.required("planIdentifier", b.planIdentifier)
    /** The billing cycle (`ONE_TIME` for free plans). */
    public val chargePeriod: ChargePeriod = Checks.present("chargePeriod", b.chargePeriod)
    /** The subscribing customer. */
    public val customerId: String = Checks.id("customerId", b.customerId)
    /** Where the customer lands afterwards: an absolute http(s) URL, when set. */
    public val successUrl: String? = Checks.optionalAbsoluteUrl("successUrl", b.successUrl)
    /** Feature quantities, when set. */
    public val features: List<FeatureQuantity>? = b.features?.toList()
    /** The customer's IP address, for location-based pricing. */
    public val ipAddress: String? = Checks.optionalText("ipAddress", b.ipAddress)

    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("planIdentifier", planIdentifier)
        putIfSet("chargePeriod", chargePeriod.name)
        putIfSet("customerId", customerId)
        putIfSet("successUrl", successUrl)
        putIfSet("features", featuresJson(features))
        putIfSet("ipAddress", ipAddress)
    }

    override fun equals(other: Any?): Boolean = other is CreateSubscriptionParams && other.toJson() == toJson()
    override fun hashCode(): Int = toJson().hashCode()
    override fun toString(): String = "CreateSubscriptionParams${toJson()}"

    /** Builds [CreateSubscriptionParams]; [planIdentifier], [chargePeriod] and [customerId] are required. */
    public class Builder internal constructor() {
        internal var planIdentifier: String? = null
        internal var chargePeriod: ChargePeriod? = null
        internal var customerId: String? = null
        internal var successUrl: String? = null
        internal var features: List<FeatureQuantity>? = null
        internal var ipAddress: String? = null

        /** The plan. Required. */
        public fun planIdentifier(planIdentifier: String): Builder = apply { this.planIdentifier = planIdentifier }
        /** The billing cycle. Required. */
        public fun chargePeriod(chargePeriod: ChargePeriod): Builder = apply { this.chargePeriod = chargePeriod }
        /** The customer. Required. */
        public fun customerId(customerId: String): Builder = apply { this.customerId = customerId }
        /** Absolute http(s) URL afterwards. */
        public fun successUrl(successUrl: String?): Builder = apply { this.successUrl = successUrl }
        /** Feature quantities. */
        public fun features(features: List<FeatureQuantity>?): Builder = apply { this.features = features }
        /** The customer's IP address. */
        public fun ipAddress(ipAddress: String?): Builder = apply { this.ipAddress = ipAddress }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): CreateSubscriptionParams = CreateSubscriptionParams(this)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
