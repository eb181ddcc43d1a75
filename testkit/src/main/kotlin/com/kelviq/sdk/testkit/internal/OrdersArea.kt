package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset

/** An order the fake knows: seeded by the test or made by a charge; refunds draw on it. */
internal class OrderRecord(
    val id: String,
    val customerId: String?,
    val amountUnits: Long,
    val currency: String,
    val billingType: String,
    val createdAt: Instant = WireTimes.now(),
) {
    var refundedUnits: Long = 0
    val events = ArrayList<JsonObject>()

    val status: String get() = when {
        refundedUnits == 0L -> "COMPLETE"
        refundedUnits < amountUnits -> "PARTIAL_REFUND"
        else -> "REFUNDED"
    }

    val createdOn: LocalDate get() = createdAt.atOffset(ZoneOffset.UTC).toLocalDate()

    fun addEvent(code: String, title: String, metadata: JsonObject = JsonObject(emptyMap())) {
        events += buildJsonObject {
            put("id", events.size + 1)
            put("order", id)
            put("title", title)
            put("code", code)
            put("status", "success")
            put("timestamp", WireTimes.now().toString())
            put("metadata", metadata)
        }
    }

    fun toJson(): JsonObject = buildJsonObject {
        fun money(units: Long) = JsonPrimitive(BigDecimal.valueOf(units, 2).toPlainString())
        put("id", id)
        put("customer", customerId?.let { buildJsonObject { put("customerId", it); put("name", JsonNull); put("email", JsonNull) } } ?: JsonNull)
        put("product", buildJsonObject { put("id", "00000000-0000-0000-0000-000000000001"); put("identifier", "testkit"); put("name", "Testkit product") })
        put("status", status)
        put("paidAt", createdAt.toString())
        put("amountSubtotal", money(amountUnits))
        put("amountDiscount", money(0))
        put("amountTax", money(0))
        put("amountTotal", money(amountUnits))
        put("saleCurrency", currency)
        put("amountSubtotalUnits", amountUnits)
        put("amountDiscountUnits", 0)
        put("amountTaxUnits", 0)
        put("amountTotalUnits", amountUnits)
        put("refundedTotalUnits", refundedUnits)
        put("saleCurrencySymbol", if (currency == "USD") "$" else currency)
        put("billingAddress", JsonNull)
        put("plan", JsonObject(emptyMap()))
        put("billingType", billingType)
        put("license", JsonArray(emptyList()))
        put("isTrial", false)
        put("subscription", JsonNull)
        put("invoiceId", JsonNull)
        put("customFieldsData", JsonObject(emptyMap()))
        put("paymentMethod", buildJsonObject { put("paymentMethodType", "card"); put("paymentMethodName", "visa"); put("last4", "4242") })
    }
}

/** `/orders/`: list with the contract's filters, retrieve, and each order's events. */
internal class OrdersArea(private val links: Links) {
    private val orders = LinkedHashMap<String, OrderRecord>()
    private val statuses = setOf("PENDING", "COMPLETE", "FAILED", "REFUNDED", "PARTIAL_REFUND", "CANCELLED", "FRAUDULENT")

    fun add(order: OrderRecord): OrderRecord {
        orders[order.id] = order
        order.addEvent("order.created", "Order created")
        order.addEvent("order.completed", "Order completed")
        return order
    }

    fun find(id: String?): OrderRecord? = orders[id]

    val size: Int get() = orders.size

    fun list(call: Call): Reply {
        Urls.allowOnly(call.query, "search", "status", "billing_type", "is_renewal", "start_date", "end_date", "page", "page_size")
        val status = call.query["status"]?.also { if (it !in statuses) throw ApiError.field("status", "\"$it\" is not a valid choice.") }
        val billingType = call.query["billing_type"]?.also {
            if (it !in setOf("ONE_TIME", "SUBSCRIPTION")) throw ApiError.field("billing_type", "\"$it\" is not a valid choice.")
        }
        val renewal = call.query["is_renewal"]?.let {
            it.toBooleanStrictOrNull() ?: throw ApiError.field("is_renewal", "Must be a valid boolean.")
        }
        val inRange = Urls.dateRange(call.query)
        val search = call.query["search"]
        val matching = orders.values.filter { o ->
            (status == null || o.status == status) && (billingType == null || o.billingType == billingType) && renewal != true &&
                inRange(o.createdOn) && (search == null || o.id.contains(search) || (o.customerId ?: "").contains(search))
        }
        return Reply(200, Paging.page(matching, call.query, links.api("orders")) { it.toJson() })
    }

    fun retrieve(call: Call, id: String): Reply {
        noQuery(call)
        return Reply(200, get(id).toJson())
    }

    fun events(call: Call, id: String): Reply {
        Urls.allowOnly(call.query, "page", "page_size")
        return Reply(200, Paging.page(get(id).events, call.query, links.api("orders", Urls.encode(id), "events")) { it })
    }

    private fun get(id: String) = orders[id] ?: throw ApiError.notFound("Order '$id' not found.")

    fun clear() = orders.clear()
}
