package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.math.BigDecimal
import java.time.LocalDate
import java.time.ZoneOffset
import java.util.UUID

/** `/refunds/` against the fake's orders: create (bounded by what is left of the order), list with filters, retrieve. */
internal class RefundsArea(private val links: Links, private val orders: OrdersArea, private val transactions: TransactionsArea) {
    private class RefundRecord(
        val id: String, val order: OrderRecord, val units: Long, val reason: String, val note: String?, val createdOn: LocalDate,
    ) {
        fun toJson(): JsonObject = buildJsonObject {
            put("id", id)
            put("reason", reason)
            put("amountUnits", units)
            put("amount", JsonPrimitive(BigDecimal.valueOf(units, 2)))
            put("internalNote", note?.let { JsonPrimitive(it) } ?: JsonNull)
            put("failureReason", JsonNull)
            put("status", "PENDING")
            put("order", buildJsonObject { put("id", order.id); put("currency", order.currency) })
        }
    }

    private val refunds = LinkedHashMap<String, RefundRecord>()
    private val reasons = setOf("DUPLICATE", "FRAUDULENT", "REQUESTED_BY_CUSTOMER", "OTHER")
    private val statuses = setOf("PENDING", "PROCESSING", "SUCCEEDED", "FAILED", "CANCELED")
    private val schema = BodySchema(
        required = mapOf("orderId" to Rules.nonBlank),
        optional = mapOf("amountUnits" to Rules.integer, "amount" to Rules.number, "reason" to Rules.nonBlank, "internalNote" to Rules.string),
    )

    /** How many refunds were created. */
    val count: Int get() = refunds.size

    fun create(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        schema.check(body)
        fun str(key: String) = (body[key] as? JsonPrimitive)?.content
        val order = orders.find(str("orderId")) ?: throw ApiError.field("orderId", "Invalid order id")
        if (body["amountUnits"] != null && body["amount"] != null) throw ApiError.detail(400, "Provide either amountUnits or amount, not both.")
        val units = str("amountUnits")?.toLong()
            ?: str("amount")?.let { BigDecimal(it).movePointRight(2).toLong() }
            ?: (order.amountUnits - order.refundedUnits)
        if (units <= 0) throw ApiError.detail(400, "The refund amount must be positive.")
        if (units > order.amountUnits - order.refundedUnits) throw ApiError.detail(400, "The refund amount exceeds what is left of the order.")
        val reason = str("reason") ?: "REQUESTED_BY_CUSTOMER"
        if (reason !in reasons) throw ApiError.field("reason", "\"$reason\" is not a valid choice.")
        order.refundedUnits += units
        order.addEvent("order.refunded", "Order refunded", buildJsonObject { put("primary", "-" + BigDecimal.valueOf(units, 2).toPlainString()) })
        val record = RefundRecord(UUID.randomUUID().toString(), order, units, reason, str("internalNote"), LocalDate.now(ZoneOffset.UTC))
        refunds[record.id] = record
        transactions.record("REFUND", order.id, units, order.currency)
        return Reply(200, record.toJson())
    }

    fun list(call: Call): Reply {
        Urls.allowOnly(call.query, "search", "status", "start_date", "end_date", "page", "page_size")
        val status = call.query["status"]?.also { if (it !in statuses) throw ApiError.field("status", "\"$it\" is not a valid choice.") }
        val inRange = Urls.dateRange(call.query)
        val search = call.query["search"]
        val matching = refunds.values.filter { r ->
            (status == null || status == "PENDING") && inRange(r.createdOn) &&
                (search == null || r.id.contains(search) || r.order.id.contains(search) || (r.note ?: "").contains(search))
        }
        return Reply(200, Paging.page(matching, call.query, links.api("refunds")) { it.toJson() })
    }

    fun retrieve(call: Call, id: String): Reply {
        noQuery(call)
        return Reply(200, (refunds[id] ?: throw ApiError.notFound("Refund '$id' not found.")).toJson())
    }

    fun clear() = refunds.clear()
}
