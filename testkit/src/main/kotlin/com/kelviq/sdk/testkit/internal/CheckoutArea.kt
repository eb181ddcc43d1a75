package com.kelviq.sdk.testkit.internal

import com.kelviq.sdk.testkit.CheckoutSessionRecord
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** The charge periods of the contract. */
internal val CHARGE_PERIODS = arrayOf("ONE_TIME", "MONTHLY", "YEARLY", "WEEKLY", "DAILY", "TWENTY_EIGHT_DAYS", "THREE_MONTHS", "SIX_MONTHS")

/** `POST /checkout/`: validates the body and records a session. */
internal class CheckoutArea(private val base: String) {
    private val sessions = ArrayList<CheckoutSessionRecord>()

    private val schema = BodySchema(
        required = mapOf("planIdentifier" to Rules.nonBlank, "chargePeriod" to Rules.enumOf(*CHARGE_PERIODS), "successUrl" to Rules.url),
        optional = mapOf(
            "customerId" to Rules.nonBlank, "features" to Rules.features, "ipAddress" to Rules.nonBlank, "cancelUrl" to Rules.url,
            "plansEnabled" to Rules.string, "currencyCode" to Rules.nonBlank, "customAmount" to Rules.number,
            "taxBehavior" to Rules.enumOf("INCLUSIVE", "EXCLUSIVE"), "discountsEnabled" to Rules.boolean,
            "discountCode" to Rules.nonBlank, "lockEmail" to Rules.boolean, "defaultBillingCountry" to Rules.nonBlank,
            "metadata" to Rules.jsonObject, "offeringId" to Rules.nonBlank, "pricingTableId" to Rules.nonBlank, "ruleId" to Rules.nonBlank,
        ),
    )

    fun sessions(): List<CheckoutSessionRecord> = sessions.toList()

    fun clear() = sessions.clear()

    fun create(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        schema.check(body)
        val id = "cs_" + hex32()
        val url = "$base/checkout/$id/"
        fun str(key: String) = (body[key] as? JsonPrimitive)?.content
        sessions += CheckoutSessionRecord(id, url, str("planIdentifier")!!, str("chargePeriod")!!, str("customerId"), call.body)
        return Reply(201, buildJsonObject {
            put("checkoutUrl", url)
            put("checkoutSessionId", id)
        })
    }
}
