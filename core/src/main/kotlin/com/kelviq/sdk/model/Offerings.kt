package com.kelviq.sdk.model

import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.JavaJsonValueSerializer
import com.kelviq.sdk.internal.json.PrimitiveAsStringSerializer
import com.kelviq.sdk.internal.json.WireNumbers
import java.math.BigDecimal
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient

/**
 * A product's pricing as a customer at a location sees it (`offerings().retrieve`): the plans with their prices in
 * the local currency, the billing periods to offer, and, when a customer id was given, their subscription.
 */
@Serializable
public class ProductOffering internal constructor(
    /** Your organization's id: the number as sent, exactly, or `null` (typed: [organizationId]). */
    @SerialName("organizationId") @Serializable(with = FieldTextSerializer::class) public val organizationIdText: String? = null,
    /** The country priced for, e.g. `US`, or `null`. */
    public val countryCode: String? = null,
    /** The locale, e.g. `en-US`, or `null`. */
    public val pricingLocale: String? = null,
    /** The local currency, or `null`. */
    public val currencyCode: String? = null,
    /** The local currency's symbol, or `null`. */
    public val currencySymbol: String? = null,
    /** The rate from the base currency as a decimal string, exactly as sent, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val currencyConversionRate: String? = null,
    /** The base currency, or `null`. */
    public val baseCurrencyCode: String? = null,
    /** The base currency's symbol, or `null`. */
    public val baseCurrencySymbol: String? = null,
    /** The plans offered. */
    public val plans: List<ProductPlan> = emptyList(),
    /** The customer's subscription to the product, or `null` when no customer id was given. */
    public val subscription: OfferingSubscription? = null,
    /** Whether the customer id given is known, or `null`. */
    public val isCustomerExists: Boolean? = null,
    /** The billing periods to offer. */
    public val billingPeriods: List<BillingPeriod> = emptyList(),
) {
    /** Your organization's id, read from [organizationIdText]: `null` when absent or not a number; a value beyond `Long` is held at its nearest bound (the exact text is kept). */
    @Transient public val organizationId: Long? = WireNumbers.longOrNull(organizationIdText)

    /** [currencyConversionRate] as a [BigDecimal], or `null`. */
    public fun currencyConversionRateDecimal(): BigDecimal? = currencyConversionRate?.toBigDecimalOrNull()

    private fun values() = listOf(
        organizationIdText, countryCode, pricingLocale, currencyCode, currencySymbol, currencyConversionRate, baseCurrencyCode,
        baseCurrencySymbol, plans, subscription, isCustomerExists, billingPeriods,
    )

    override fun equals(other: Any?): Boolean = this === other || other is ProductOffering && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "ProductOffering(countryCode=$countryCode, currencyCode=$currencyCode, plans=${plans.map { it.identifier }}, " +
            "isCustomerExists=$isCustomerExists)"

    internal companion object
}

/** A plan of a [ProductOffering]. Free-form objects (`details`, `metadata`, `originalPrice`, `features`) are plain JSON values. */
@Serializable
public class ProductPlan internal constructor(
    /** The plan's identifier, e.g. `pro`. */
    public val identifier: String,
    /** The name, or `null`. */
    public val name: String? = null,
    /** The description, or `null`. */
    public val description: String? = null,
    /** Details as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val details: Map<String, Any?> = emptyMap(),
    /** Whether it is shown, or `null`. */
    public val isVisible: Boolean? = null,
    /** Metadata as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val metadata: Map<String, Any?> = emptyMap(),
    /** The plan it extends, as plain JSON values, or `null`. */
    @Serializable(with = JavaJsonValueSerializer::class) public val basePlan: Any? = null,
    /** The price, or `null`. */
    public val price: PlanPrice? = null,
    /** The price per charge period before discounts, as plain JSON values (e.g. `{MONTHLY=19.0}`). */
    @Serializable(with = JavaJsonMapSerializer::class) public val originalPrice: Map<String, Any?> = emptyMap(),
    /** The plan's features as plain JSON values, or `null`. */
    @Serializable(with = JavaJsonValueSerializer::class) public val features: Any? = null,
    /** Whether to highlight it, or `null`. */
    public val shouldHighlight: Boolean? = null,
    /** Whether it can be bought, or `null`. */
    public val enabled: Boolean? = null,
    /** The name to display, or `null`. */
    public val displayName: String? = null,
    /** The description to display, or `null`. */
    public val displayDescription: String? = null,
    /** The "includes" text, or `null`. */
    public val includes: String? = null,
) {
    private fun values() = listOf(
        identifier, name, description, details, isVisible, metadata, basePlan, price, originalPrice, features, shouldHighlight,
        enabled, displayName, displayDescription, includes,
    )

    override fun equals(other: Any?): Boolean = this === other || other is ProductPlan && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String = "ProductPlan(identifier=$identifier, name=$name, price=$price, enabled=$enabled)"

    internal companion object
}

/** The price of a [ProductPlan]. */
@Serializable
public class PlanPrice internal constructor(
    /** The price's id, or `null`. */
    public val id: String? = null,
    /** The type as sent, e.g. `PAID` or `FREE`, or `null`. */
    public val priceType: String? = null,
    /** Whether it has a free trial, or `null`. */
    public val freeTrial: Boolean? = null,
    /** The trial in days: the number as sent, exactly, or `null` (typed: [trialPeriod]). */
    @SerialName("trialPeriod") @Serializable(with = FieldTextSerializer::class) public val trialPeriodText: String? = null,
    /** The currency, or `null`. */
    public val currency: String? = null,
    /** Whether the price is active, or `null` (in the documented example, not in the schema). */
    public val enabled: Boolean? = null,
    /** One charge per billing period. */
    public val charges: List<PlanCharge> = emptyList(),
) {
    /** The trial in days, read from [trialPeriodText]: `null` when absent or not a number; a value beyond `Int` is held at its nearest bound (the exact text is kept). */
    @Transient public val trialPeriod: Int? = WireNumbers.intOrNull(trialPeriodText)

    private fun values() = listOf(id, priceType, freeTrial, trialPeriodText, currency, enabled, charges)

    override fun equals(other: Any?): Boolean = this === other || other is PlanPrice && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String = "PlanPrice(priceType=$priceType, currency=$currency, charges=$charges)"

    internal companion object
}

/** What a [PlanPrice] charges per billing period. */
@Serializable
public class PlanCharge internal constructor(
    /** The charge's id, or `null`. */
    public val id: String? = null,
    /** The period as sent, e.g. `MONTHLY`, or `null`. */
    public val chargePeriod: String? = null,
    /** Tiered pricing as plain JSON values, or `null`. */
    @Serializable(with = JavaJsonValueSerializer::class) public val tiers: Any? = null,
    /** The price data as plain JSON values (e.g. `{amount=19.0}`). */
    @Serializable(with = JavaJsonMapSerializer::class) public val priceData: Map<String, Any?> = emptyMap(),
    /** Details as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val details: Map<String, Any?> = emptyMap(),
    /** Advanced settings as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val advanced: Map<String, Any?> = emptyMap(),
    /** The price per feature quantity as a decimal string, exactly as sent, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val featureQuantityPrice: String? = null,
) {
    /** [featureQuantityPrice] as a [BigDecimal], or `null`. */
    public fun featureQuantityPriceDecimal(): BigDecimal? = featureQuantityPrice?.toBigDecimalOrNull()

    private fun values() = listOf(id, chargePeriod, tiers, priceData, details, advanced, featureQuantityPrice)

    override fun equals(other: Any?): Boolean = this === other || other is PlanCharge && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String = "PlanCharge(chargePeriod=$chargePeriod, featureQuantityPrice=$featureQuantityPrice)"

    internal companion object
}

/** The customer's subscription in a [ProductOffering]. */
@Serializable
public class OfferingSubscription internal constructor(
    /** Whether the customer subscribed to the product before, or `null`. */
    public val hasPreviousSubscription: Boolean? = null,
    /** The current plan's identifier, or `null`. */
    public val planIdentifier: String? = null,
    /** The current subscription's id, or `null`. */
    public val subscriptionId: String? = null,
    /** The current charge period as sent, or `null`. */
    public val chargePeriod: String? = null,
) {
    private fun values() = listOf(hasPreviousSubscription, planIdentifier, subscriptionId, chargePeriod)

    override fun equals(other: Any?): Boolean = this === other || other is OfferingSubscription && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "OfferingSubscription(hasPreviousSubscription=$hasPreviousSubscription, planIdentifier=$planIdentifier, " +
            "subscriptionId=$subscriptionId, chargePeriod=$chargePeriod)"

    internal companion object
}

/** A billing period to offer in a [ProductOffering]. */
@Serializable
public class BillingPeriod internal constructor(
    /** The period as sent, e.g. `MONTHLY`, or `null`. */
    public val chargePeriod: String? = null,
    /** Whether it is offered, or `null`. */
    public val enabled: Boolean? = null,
    /** The name to display, or `null`. */
    public val displayName: String? = null,
    /** A promotional caption, or `null`. */
    public val promoCaption: String? = null,
    /** Whether it is preselected, or `null` (in the documented example, not in the schema). */
    public val defaultSelected: Boolean? = null,
) {
    private fun values() = listOf(chargePeriod, enabled, displayName, promoCaption, defaultSelected)

    override fun equals(other: Any?): Boolean = this === other || other is BillingPeriod && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "BillingPeriod(chargePeriod=$chargePeriod, enabled=$enabled, displayName=$displayName, defaultSelected=$defaultSelected)"

    internal companion object
}
