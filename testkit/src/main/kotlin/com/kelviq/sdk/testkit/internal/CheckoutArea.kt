package com.kelviq.sdk.testkit.internal

import com.kelviq.sdk.testkit.CheckoutSessionRecord
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.time.Instant
import java.time.ZoneOffset

/** The charge periods of the contract. */
internal val CHARGE_PERIODS = arrayOf("ONE_TIME", "MONTHLY", "YEARLY", "WEEKLY", "DAILY", "TWENTY_EIGHT_DAYS", "THREE_MONTHS", "SIX_MONTHS")

/** `POST /checkout/`: validates the body and records a session; `/checkout/sessions/`: lists, retrieves and shows their events. */
internal class CheckoutArea(private val base: String, private val links: Links) {
    private val sessions = ArrayList<CheckoutSessionRecord>()
    private val createdAt = HashMap<String, Instant>()

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

    fun clear() {
        sessions.clear()
        createdAt.clear()
    }

    fun create(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        schema.check(body)
        val id = "cs_" + hex32()
        val url = "$base/checkout/$id/"
        fun str(key: String) = (body[key] as? JsonPrimitive)?.content
        sessions += CheckoutSessionRecord(id, url, str("planIdentifier")!!, str("chargePeriod")!!, str("customerId"), call.body)
        createdAt[id] = WireTimes.now()
        return Reply(201, buildJsonObject {
            put("checkoutUrl", url)
            put("checkoutSessionId", id)
        })
    }

    fun list(call: Call): Reply {
        Urls.allowOnly(call.query, "search", "status", "start_date", "end_date", "page", "page_size")
        val status = call.query["status"]
        val inRange = Urls.dateRange(call.query)
        val search = call.query["search"]
        val matching = sessions.filter { s ->
            (status == null || status == "open") && inRange(createdAt.getValue(s.checkoutSessionId).atOffset(ZoneOffset.UTC).toLocalDate()) &&
                (search == null || s.checkoutSessionId.contains(search) || (s.customerId ?: "").contains(search))
        }
        return Reply(200, Paging.page(matching, call.query, links.api("checkout", "sessions")) { toJson(it, detail = false) })
    }

    fun retrieve(call: Call, id: String): Reply {
        noQuery(call)
        return Reply(200, toJson(get(id), detail = true))
    }

    fun events(call: Call, id: String): Reply {
        Urls.allowOnly(call.query, "page", "page_size")
        val session = get(id)
        val created = buildJsonObject {
            put("id", 1)
            put("title", "Checkout session created")
            put("code", "checkout_session.created")
            put("status", "success")
            put("timestamp", createdAt.getValue(session.checkoutSessionId).toString())
            put("metadata", JsonObject(emptyMap()))
        }
        return Reply(200, Paging.page(listOf(created), call.query, links.api("checkout", "sessions", Urls.encode(id), "events")) { it })
    }

    private fun get(id: String) = sessions.firstOrNull { it.checkoutSessionId == id } ?: throw ApiError.notFound("Checkout session '$id' not found.")

    /** A session as the API shows it: still open (the fake has no payment page), so no order, subscription or payment method yet. */
    private fun toJson(s: CheckoutSessionRecord, detail: Boolean): JsonObject = buildJsonObject {
        val body = Json.parseToJsonElement(s.body) as JsonObject
        put("id", s.checkoutSessionId)
        put("customer", s.customerId?.let { buildJsonObject { put("customerId", it); put("name", JsonNull); put("email", JsonNull) } } ?: JsonNull)
        put("product", JsonObject(emptyMap()))
        put("billingAddress", JsonNull)
        put("discountCode", body["discountCode"] ?: JsonNull)
        put("taxId", JsonNull)
        put("currency", body["currencyCode"] ?: JsonNull)
        put("currencySymbol", "$")
        put("status", "open")
        put("createdOn", createdAt.getValue(s.checkoutSessionId).toString())
        put("selectedData", buildJsonObject { put("planIdentifier", s.planIdentifier); put("chargePeriod", s.chargePeriod) })
        put("offeringData", JsonObject(emptyMap()))
        put("data", JsonObject(emptyMap()))
        put("customFieldsData", JsonObject(emptyMap()))
        put("metadata", body["metadata"] ?: JsonObject(emptyMap()))
        put("customization", JsonObject(emptyMap()))
        put("trialPeriod", 0)
        if (detail) {
            put("order", JsonNull)
            put("subscription", JsonNull)
        }
    }
}
