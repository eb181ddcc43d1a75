package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.time.Instant

/** `GET /payment-methods/`: the cards the test seeded, filtered by customer id or e-mail address. */
internal class PaymentMethodsArea(private val customers: CustomersArea, private val links: Links) {
    private class Method(val id: Long, val customerId: String, val brand: String, val last4: String, val isDefault: Boolean, val at: Instant)

    private val methods = ArrayList<Method>()

    fun add(customerId: String, brand: String, last4: String) {
        methods += Method(methods.size + 1L, customerId, brand, last4, methods.none { it.customerId == customerId }, WireTimes.now())
    }

    fun list(call: Call): Reply {
        Urls.allowOnly(call.query, "customer_id", "customer_email", "page", "page_size")
        val customerId = call.query["customer_id"]
        val email = call.query["customer_email"]
        val matching = methods.filter { m ->
            (customerId == null || m.customerId == customerId) && (email == null || customers.emailOf(m.customerId) == email)
        }
        return Reply(200, Paging.page(matching, call.query, links.api("payment-methods")) { toJson(it) })
    }

    private fun toJson(m: Method): JsonObject = buildJsonObject {
        val customer = customers.record(m.customerId)
        put("id", m.id)
        put("customer", buildJsonObject {
            put("customerId", m.customerId)
            put("name", customer?.name)
            put("email", customer?.email)
            put("billingAddress", customer?.billingAddress ?: JsonNull)
        })
        put("methodType", "card")
        put("methodData", buildJsonObject { put("brand", m.brand); put("last4", m.last4); put("expMonth", 12); put("expYear", 2030) })
        put("isDefault", m.isDefault)
        put("status", "succeeded")
        put("createdOn", m.at.toString())
        put("modifiedOn", m.at.toString())
    }

    fun clear() = methods.clear()
}
