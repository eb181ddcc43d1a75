package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.math.BigDecimal
import java.time.LocalDate
import java.time.ZoneOffset
import java.util.UUID

/** `GET /transaction/`: the money movements the fake made (a CHARGE per charge, a REFUND per refund), newest last. */
internal class TransactionsArea(private val links: Links) {
    private class Record(val id: String, val type: String, val orderId: String, val units: Long, val currency: String, val on: LocalDate) {
        fun toJson(): JsonObject = buildJsonObject {
            val amount = JsonPrimitive(BigDecimal.valueOf(units, 2))
            put("id", id)
            put("order", buildJsonObject { put("id", orderId) })
            put("createdOn", WireTimes.now().toString())
            put("currency", currency)
            put("currencySymbol", if (currency == "USD") "$" else currency)
            put("amountTotal", amount)
            put("morFee", JsonPrimitive(BigDecimal.ZERO.setScale(2)))
            put("morFeeBreakdown", JsonArray(emptyList()))
            put("collectedTax", JsonPrimitive(BigDecimal.ZERO.setScale(2)))
            put("netPayout", amount)
            put("status", "success")
            put("transactionType", type)
            put("paymentMethodType", "card")
            put("availableOn", JsonNull)
            put("isSettled", false)
            put("paymentMethodName", JsonNull)
            put("last4", "4242")
        }
    }

    private val records = ArrayList<Record>()

    /** Records a movement of [units] minor units. */
    fun record(type: String, orderId: String, units: Long, currency: String) {
        records += Record(UUID.randomUUID().toString(), type, orderId, units, currency, LocalDate.now(ZoneOffset.UTC))
    }

    fun list(call: Call): Reply {
        Urls.allowOnly(call.query, "search", "status", "start_date", "end_date", "page", "page_size")
        val status = call.query["status"]?.also {
            if (it !in setOf("success", "failure", "pending")) throw ApiError.field("status", "\"$it\" is not a valid choice.")
        }
        val inRange = Urls.dateRange(call.query)
        val search = call.query["search"]
        val matching = records.filter { r ->
            (status == null || status == "success") && inRange(r.on) &&
                (search == null || r.id.contains(search) || r.orderId.contains(search))
        }
        return Reply(200, Paging.page(matching, call.query, links.api("transaction")) { it.toJson() })
    }

    fun clear() = records.clear()
}
