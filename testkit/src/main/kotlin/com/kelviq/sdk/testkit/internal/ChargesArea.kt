package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.time.LocalDate
import java.time.ZoneOffset
import java.util.UUID

/** `POST /charges/`: a one-time payment of 49.00 for an existing customer (the fake assumes a default payment method); it makes an order. */
internal class ChargesArea(private val customers: CustomersArea, private val orders: OrdersArea, private val transactions: TransactionsArea) {
    private val schema = BodySchema(
        required = mapOf("planIdentifier" to Rules.nonBlank, "chargePeriod" to Rules.nonBlank, "customerId" to Rules.nonBlank),
        optional = mapOf("features" to Rules.features, "currencyCode" to Rules.nonBlank, "ipAddress" to Rules.nonBlank),
    )

    /** How many charges were created. */
    var count: Int = 0
        private set

    fun create(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        schema.check(body)
        fun str(key: String) = (body[key] as? JsonPrimitive)?.content
        if (str("chargePeriod") != "ONE_TIME") throw ApiError.detail(400, "chargePeriod must be ONE_TIME.")
        val customerId = str("customerId")!!
        if (!customers.exists(customerId)) throw ApiError.detail(400, "Customer '$customerId' not found.")
        count++
        val plan = str("planIdentifier")!!
        val order = orders.add(OrderRecord("ORD-charge-$count", customerId, 4_900, str("currencyCode") ?: "USD", "ONE_TIME"))
        transactions.record("CHARGE", order.id, order.amountUnits, order.currency)
        return Reply(201, buildJsonObject {
            put("id", UUID.randomUUID().toString())
            put("startDate", LocalDate.now(ZoneOffset.UTC).toString())
            put("endDate", JsonNull)
            put("billingPeriodStartTime", JsonNull)
            put("billingPeriodEndTime", JsonNull)
            put("amount", "49.00")
            put("recurrence", "")
            put("currency", str("currencyCode") ?: "USD")
            put("status", "active")
            put("product", buildJsonObject { put("name", "Testkit product"); put("id", "00000000-0000-0000-0000-000000000001"); put("identifier", "testkit") })
            put("plan", buildJsonObject { put("name", plan); put("identifier", plan) })
            put("features", body["features"] ?: JsonArray(emptyList()))
            put("trialDaysRemaining", 0)
            put("customerId", customerId)
            put("billingType", "ONE_TIME")
        })
    }

    fun clear() {
        count = 0
    }
}
