package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonArray
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.math.BigDecimal

/**
 * `GET /monetization/product-offering/{productId}/`: the products the test seeded, each plan priced monthly (19.00
 * more per plan) and yearly (ten months), in USD; with a customer id, that customer's active subscription to one of
 * the product's plans.
 */
internal class OfferingsArea(private val customers: CustomersArea, private val subscriptions: SubscriptionsArea) {
    private val products = LinkedHashMap<String, List<String>>()

    fun add(productId: String, plans: List<String>) {
        products[productId.lowercase()] = plans.toList()
    }

    fun retrieve(call: Call, productId: String): Reply {
        Urls.allowOnly(call.query, "customer_id", "plans_enabled", "ip_address")
        val plans = products[productId.lowercase()]
            ?: throw ApiError(404, buildJsonObject { put("status", "Not found"); put("message", "Product does not exist") })
        val enabled = call.query["plans_enabled"]?.split(',')?.map { it.trim() }?.toSet()
        val customerId = call.query["customer_id"]
        val current = customerId?.let { id -> subscriptions.all().lastOrNull { it.customerId == id && it.status == "active" && it.planIdentifier in plans } }
        return Reply(200, buildJsonObject {
            put("organizationId", 1)
            put("countryCode", "US")
            put("pricingLocale", "en-US")
            put("currencyCode", "USD")
            put("currencySymbol", "$")
            put("currencyConversionRate", 1)
            put("baseCurrencyCode", "USD")
            put("baseCurrencySymbol", "$")
            put("plans", JsonArray(plans.withIndex().filter { enabled == null || it.value in enabled }.map { (i, plan) -> planJson(plan, i + 1) }))
            if (customerId != null) {
                put("subscription", buildJsonObject {
                    put("hasPreviousSubscription", subscriptions.all().any { it.customerId == customerId && it.planIdentifier in plans })
                    put("planIdentifier", current?.planIdentifier)
                    put("subscriptionId", current?.id)
                    put("chargePeriod", current?.chargePeriod)
                })
                put("isCustomerExists", customers.exists(customerId))
            }
            put("billingPeriods", buildJsonArray {
                for (period in listOf("MONTHLY", "YEARLY")) {
                    add(buildJsonObject { put("enabled", true); put("displayName", period.lowercase()); put("chargePeriod", period); put("promoCaption", "") })
                }
            })
        })
    }

    private fun planJson(plan: String, rank: Int): JsonObject = buildJsonObject {
        val monthly = BigDecimal(19 * rank).setScale(1)
        val yearly = monthly.multiply(BigDecimal.TEN)
        put("name", plan)
        put("description", "")
        put("identifier", plan)
        put("details", JsonObject(emptyMap()))
        put("isVisible", true)
        put("metadata", JsonObject(emptyMap()))
        put("basePlan", JsonNull)
        put("price", buildJsonObject {
            put("id", "00000000-0000-0000-0000-${"%012d".format(rank)}")
            put("priceType", "PAID")
            put("freeTrial", false)
            put("trialPeriod", 0)
            put("currency", "USD")
            put("charges", buildJsonArray {
                for ((period, amount) in listOf("MONTHLY" to monthly, "YEARLY" to yearly)) {
                    add(buildJsonObject {
                        put("chargePeriod", period)
                        put("tiers", JsonArray(emptyList()))
                        put("priceData", buildJsonObject { put("amount", JsonPrimitive(amount)) })
                        put("details", JsonObject(emptyMap()))
                        put("advanced", JsonObject(emptyMap()))
                        put("featureQuantityPrice", JsonPrimitive(amount))
                    })
                }
            })
        })
        put("originalPrice", buildJsonObject { put("MONTHLY", JsonPrimitive(monthly)); put("YEARLY", JsonPrimitive(yearly)) })
        put("features", JsonArray(emptyList()))
        put("shouldHighlight", false)
        put("enabled", true)
        put("displayName", plan)
        put("displayDescription", "")
        put("includes", "")
    }

    fun clear() = products.clear()
}
