package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.validation.Checks

/**
 * Parameters of `offerings().retrieve`: `GET /monetization/product-offering/{productId}/?customer_id=&plans_enabled=&ip_address=`,
 * only those set; `plans_enabled` is the plan identifiers joined by commas.
 */
public class ProductOfferingParams private constructor(
    /** Your customer's id, to include their subscription and `isCustomerExists`, when set. */
    public val customerId: String?,
    /** Only these plans (identifiers), when not empty. */
    public val plansEnabled: List<String>,
    /** The end customer's IP address, to price for their location (server keys only), when set. */
    public val ipAddress: String?,
) {
    internal fun toQuery(): List<Pair<String, String>> = listOfNotNull(
        customerId?.let { "customer_id" to it },
        plansEnabled.takeIf { it.isNotEmpty() }?.let { "plans_enabled" to it.joinToString(",") },
        ipAddress?.let { "ip_address" to it },
    )

    override fun equals(other: Any?): Boolean = other is ProductOfferingParams && other.toQuery() == toQuery()

    override fun hashCode(): Int = toQuery().hashCode()

    override fun toString(): String = "ProductOfferingParams${toQuery()}"

    /** Builds [ProductOfferingParams]; every field is optional. */
    public class Builder internal constructor() {
        private var customerId: String? = null
        private var plansEnabled: List<String> = emptyList()
        private var ipAddress: String? = null

        /** Your customer's id. */
        public fun customerId(customerId: String?): Builder = apply { this.customerId = customerId }

        /** Only these plans (identifiers; none blank or containing a comma). */
        public fun plansEnabled(plansEnabled: List<String>): Builder = apply { this.plansEnabled = plansEnabled.toList() }

        /** Only these plans. */
        public fun plansEnabled(vararg plansEnabled: String): Builder = plansEnabled(plansEnabled.asList())

        /** The end customer's IP address. */
        public fun ipAddress(ipAddress: String?): Builder = apply { this.ipAddress = ipAddress }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ProductOfferingParams {
            plansEnabled.forEachIndexed { i, plan ->
                Checks.id("plansEnabled[$i]", plan)
                if (',' in plan) throw KelviqValidationException("plansEnabled[$i]", "must not contain ',' (the list separator), was '$plan'")
            }
            return ProductOfferingParams(customerId?.let { Checks.id("customerId", it) }, plansEnabled, Checks.optionalText("ipAddress", ipAddress))
        }
    }

    /** Factories. */
    public companion object {
        /** No customer, every active plan, priced for the caller's location. */
        @JvmField
        public val DEFAULT: ProductOfferingParams = ProductOfferingParams(null, emptyList(), null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
