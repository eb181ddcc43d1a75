package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.JavaJson
import com.kelviq.sdk.internal.json.putIfSet
import com.kelviq.sdk.internal.validation.Checks
import java.math.BigDecimal
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject

/**
 * Parameters of `checkout().createSession`: `POST /checkout/`.
 *
 * ```java
 * CreateCheckoutSessionParams params = CreateCheckoutSessionParams.builder()
 *     .planIdentifier("plan-pro")                 // required
 *     .chargePeriod(ChargePeriod.MONTHLY)         // required
 *     .successUrl("https://example.com/thanks")   // required, absolute http(s)
 *     .customerId("c1")
 *     .features(List.of(new FeatureQuantity("seats", 5)))
 *     .build();
 * ```
 * Without [customerId] the server creates a customer.
 */
public class CreateCheckoutSessionParams private constructor(b: Builder) {
    /** The plan being bought. */
    public val planIdentifier: String = Checks.required("planIdentifier", b.planIdentifier)
    /** The billing cycle. */
    public val chargePeriod: ChargePeriod = Checks.present("chargePeriod", b.chargePeriod)
    /** Where the customer lands after paying: an absolute http(s) URL. */
    public val successUrl: String = Checks.absoluteUrl("successUrl", b.successUrl)
    /** The paying customer, when known. */
    public val customerId: String? = b.customerId?.let { Checks.id("customerId", it) }
    /** Feature quantities, when set. */
    public val features: List<FeatureQuantity>? = b.features?.toList()
    /** The customer's IP address, for location-based pricing. */
    public val ipAddress: String? = Checks.optionalText("ipAddress", b.ipAddress)
    /** Where the customer lands after cancelling: an absolute http(s) URL. */
    public val cancelUrl: String? = Checks.optionalAbsoluteUrl("cancelUrl", b.cancelUrl)
    /** Comma-separated plan identifiers shown on the checkout page. */
    public val plansEnabled: String? = Checks.optionalText("plansEnabled", b.plansEnabled)
    /** The currency, e.g. `USD`. */
    public val currencyCode: String? = Checks.optionalText("currencyCode", b.currencyCode)
    /** A custom amount to charge. */
    public val customAmount: BigDecimal? = b.customAmount
    /** How taxes apply to [customAmount]. */
    public val taxBehavior: TaxBehavior? = b.taxBehavior
    /** Whether discount codes can be entered. */
    public val discountsEnabled: Boolean? = b.discountsEnabled
    /** A discount code applied up front. */
    public val discountCode: String? = Checks.optionalText("discountCode", b.discountCode)
    /** Whether the e-mail field is pre-filled and locked. */
    public val lockEmail: Boolean? = b.lockEmail
    /** ISO 3166-1 alpha-2 country pre-filled in the billing address. */
    public val defaultBillingCountry: String? = Checks.optionalText("defaultBillingCountry", b.defaultBillingCountry)
    /**
     * Your key-value pairs, any JSON values (strings, numbers, booleans, `null`, lists and maps of them), returned
     * unchanged on the `checkout.completed` webhook.
     */
    public val metadata: Map<String, Any?>? = Checks.optionalJsonMap("metadata", b.metadata)
    /** Deprecated 1.x field, still accepted. */
    public val offeringId: String? = Checks.optionalText("offeringId", b.offeringId)
    /** Deprecated 1.x field, still accepted. */
    public val pricingTableId: String? = Checks.optionalText("pricingTableId", b.pricingTableId)
    /** Deprecated 1.x field, still accepted. */
    public val ruleId: String? = Checks.optionalText("ruleId", b.ruleId)

    init {
        customAmount?.let { if (it.signum() < 0) throw KelviqValidationException("customAmount", "must be 0 or more, was $it") }
    }

    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("planIdentifier", planIdentifier)
        putIfSet("chargePeriod", chargePeriod.name)
        putIfSet("successUrl", successUrl)
        putIfSet("customerId", customerId)
        putIfSet("features", features?.let { list -> JsonArray(list.map { it.toJson() }) })
        putIfSet("ipAddress", ipAddress)
        putIfSet("cancelUrl", cancelUrl)
        putIfSet("plansEnabled", plansEnabled)
        putIfSet("currencyCode", currencyCode)
        putIfSet("customAmount", customAmount)
        putIfSet("taxBehavior", taxBehavior?.name)
        putIfSet("discountsEnabled", discountsEnabled)
        putIfSet("discountCode", discountCode)
        putIfSet("lockEmail", lockEmail)
        putIfSet("defaultBillingCountry", defaultBillingCountry)
        putIfSet("metadata", metadata?.let { JavaJson.toJson(it) })
        putIfSet("offeringId", offeringId)
        putIfSet("pricingTableId", pricingTableId)
        putIfSet("ruleId", ruleId)
    }

    override fun equals(other: Any?): Boolean = other is CreateCheckoutSessionParams && other.toJson() == toJson()
    override fun hashCode(): Int = toJson().hashCode()
    override fun toString(): String = "CreateCheckoutSessionParams${toJson()}"

    /** Builds [CreateCheckoutSessionParams]; [planIdentifier], [chargePeriod] and [successUrl] are required. */
    public class Builder internal constructor() {
        internal var planIdentifier: String? = null
        internal var chargePeriod: ChargePeriod? = null
        internal var successUrl: String? = null
        internal var customerId: String? = null
        internal var features: List<FeatureQuantity>? = null
        internal var ipAddress: String? = null
        internal var cancelUrl: String? = null
        internal var plansEnabled: String? = null
        internal var currencyCode: String? = null
        internal var customAmount: BigDecimal? = null
        internal var taxBehavior: TaxBehavior? = null
        internal var discountsEnabled: Boolean? = null
        internal var discountCode: String? = null
        internal var lockEmail: Boolean? = null
        internal var defaultBillingCountry: String? = null
        internal var metadata: Map<String, Any?>? = null
        internal var offeringId: String? = null
        internal var pricingTableId: String? = null
        internal var ruleId: String? = null

        /** The plan being bought. Required. */
        public fun planIdentifier(planIdentifier: String): Builder = apply { this.planIdentifier = planIdentifier }
        /** The billing cycle. Required. */
        public fun chargePeriod(chargePeriod: ChargePeriod): Builder = apply { this.chargePeriod = chargePeriod }
        /** Absolute http(s) URL after payment. Required. */
        public fun successUrl(successUrl: String): Builder = apply { this.successUrl = successUrl }
        /** The paying customer. */
        public fun customerId(customerId: String?): Builder = apply { this.customerId = customerId }
        /** Feature quantities. */
        public fun features(features: List<FeatureQuantity>?): Builder = apply { this.features = features }
        /** The customer's IP address, for location-based pricing. */
        public fun ipAddress(ipAddress: String?): Builder = apply { this.ipAddress = ipAddress }
        /** Absolute http(s) URL after cancelling. */
        public fun cancelUrl(cancelUrl: String?): Builder = apply { this.cancelUrl = cancelUrl }
        /** Comma-separated plan identifiers to show. */
        public fun plansEnabled(plansEnabled: String?): Builder = apply { this.plansEnabled = plansEnabled }
        /** The currency code. */
        public fun currencyCode(currencyCode: String?): Builder = apply { this.currencyCode = currencyCode }
        /** A custom amount to charge. */
        public fun customAmount(customAmount: BigDecimal?): Builder = apply { this.customAmount = customAmount }
        /** A custom amount to charge. */
        public fun customAmount(customAmount: Long): Builder = apply { this.customAmount = BigDecimal.valueOf(customAmount) }
        /** A custom amount to charge. */
        public fun customAmount(customAmount: Double): Builder = apply { this.customAmount = BigDecimal.valueOf(customAmount) }
        /** How taxes apply to the custom amount. */
        public fun taxBehavior(taxBehavior: TaxBehavior?): Builder = apply { this.taxBehavior = taxBehavior }
        /** Whether discount codes can be entered. */
        public fun discountsEnabled(discountsEnabled: Boolean): Builder = apply { this.discountsEnabled = discountsEnabled }
        /** A discount code applied up front. */
        public fun discountCode(discountCode: String?): Builder = apply { this.discountCode = discountCode }
        /** Whether the e-mail field is locked. */
        public fun lockEmail(lockEmail: Boolean): Builder = apply { this.lockEmail = lockEmail }
        /** Country pre-filled in the billing address. */
        public fun defaultBillingCountry(country: String?): Builder = apply { this.defaultBillingCountry = country }
        /** Your key-value pairs: any JSON values (strings, numbers, booleans, `null`, lists and maps of them). */
        public fun metadata(metadata: Map<String, Any?>?): Builder = apply { this.metadata = metadata?.toMap() }
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
        public fun build(): CreateCheckoutSessionParams = CreateCheckoutSessionParams(this)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
