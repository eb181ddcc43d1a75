package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit
import java.util.UUID

/** One subscription of the fake. */
internal class SubscriptionRecord(
    val id: String,
    val customerId: String,
    var status: String,
    var planIdentifier: String,
    var chargePeriod: String,
    var features: JsonArray,
    val startedAt: Instant,
) {
    var endDate: LocalDate? = null
    var canceledAt: Instant? = null
    var cancellationReason: String? = null
    var cancellationFeedback: String? = null
    var cancellationComment: String? = null
    var trialDaysRemaining: Int = 0

    private fun periodEnd(): Instant? {
        val start = startedAt.atOffset(ZoneOffset.UTC)
        return when (chargePeriod) {
            "ONE_TIME" -> null
            "MONTHLY" -> start.plusMonths(1)
            "YEARLY" -> start.plusYears(1)
            "WEEKLY" -> start.plusWeeks(1)
            "DAILY" -> start.plusDays(1)
            "TWENTY_EIGHT_DAYS" -> start.plusDays(28)
            "THREE_MONTHS" -> start.plusMonths(3)
            "SIX_MONTHS" -> start.plusMonths(6)
            else -> start.plusMonths(1)
        }?.toInstant()
    }

    fun periodEndDate(): LocalDate = (periodEnd() ?: startedAt).atOffset(ZoneOffset.UTC).toLocalDate()

    private fun recurrence(): String = when (chargePeriod) {
        "ONE_TIME" -> "one_time"
        "MONTHLY" -> "month"
        "YEARLY" -> "year"
        "WEEKLY" -> "week"
        "DAILY" -> "day"
        "TWENTY_EIGHT_DAYS" -> "28_days"
        "THREE_MONTHS" -> "3_months"
        "SIX_MONTHS" -> "6_months"
        else -> chargePeriod.lowercase()
    }

    fun toJson(): JsonObject = buildJsonObject {
        put("id", id)
        put("customerId", customerId)
        put("status", status)
        put("startDate", startedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString())
        put("endDate", endDate?.toString())
        put("billingPeriodStartTime", WireTimes.ISO_MICROS.format(startedAt))
        put("billingPeriodEndTime", periodEnd()?.let { WireTimes.ISO_MICROS.format(it) })
        put("amount", "0.00")
        put("currency", "USD")
        put("recurrence", recurrence())
        put("plan", buildJsonObject {
            put("name", planIdentifier)
            put("identifier", planIdentifier)
        })
        put("features", features)
        put("trialDaysRemaining", trialDaysRemaining)
        put("billingType", if (chargePeriod == "ONE_TIME") "ONE_TIME" else "SUBSCRIPTION")
        put("canceledAt", canceledAt?.let { WireTimes.ISO_MICROS.format(it) })
        put("cancellationReason", cancellationReason)
        put("cancellationFeedback", cancellationFeedback)
        put("cancellationComment", cancellationComment)
    }
}

/**
 * `/subscriptions/`: create, list (filtered by `customer_id` and comma-separated `status`),
 * retrieve, update (change plan) and cancel.
 */
internal class SubscriptionsArea(private val customers: CustomersArea, private val links: Links) {
    private val byId = LinkedHashMap<String, SubscriptionRecord>()

    private val createSchema = BodySchema(
        required = mapOf("planIdentifier" to Rules.nonBlank, "chargePeriod" to Rules.enumOf(*CHARGE_PERIODS), "customerId" to Rules.nonBlank),
        optional = mapOf("successUrl" to Rules.url, "features" to Rules.features, "ipAddress" to Rules.nonBlank),
    )
    private val updateSchema = BodySchema(
        required = mapOf("planIdentifier" to Rules.nonBlank, "chargePeriod" to Rules.enumOf(*CHARGE_PERIODS)),
        optional = mapOf(
            "features" to Rules.features, "ipAddress" to Rules.nonBlank, "trialEnd" to Rules.trialEnd,
            "paymentBehavior" to Rules.enumOf("activate_on_payment"),
            "offeringId" to Rules.nonBlank, "pricingTableId" to Rules.nonBlank, "ruleId" to Rules.nonBlank,
        ),
    )
    private val cancelSchema = BodySchema(
        required = mapOf("cancellationType" to Rules.enumOf("IMMEDIATE", "CURRENT_PERIOD_ENDS", "SPECIFIC_DATE")),
        optional = mapOf(
            "cancellationDate" to Rules.date,
            "cancellationFeedback" to Rules.enumOf(
                "TOO_EXPENSIVE", "MISSING_FEATURES", "SWITCHED_SERVICE", "UNUSED", "CUSTOMER_SERVICE", "LOW_QUALITY", "TOO_COMPLEX", "OTHER",
            ),
            "cancellationComment" to Rules.string,
        ),
    )

    fun seed(customerId: String, planIdentifier: String, chargePeriod: String, status: String): SubscriptionRecord {
        val record = SubscriptionRecord(UUID.randomUUID().toString(), customerId, status, planIdentifier, chargePeriod, JsonArray(emptyList()), WireTimes.now())
        byId[record.id] = record
        return record
    }

    fun find(id: String): SubscriptionRecord? = byId[id]

    fun all(): List<SubscriptionRecord> = byId.values.toList()

    fun clear() = byId.clear()

    fun create(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        createSchema.check(body)
        val customerId = str(body, "customerId")!!
        if (!customers.exists(customerId)) throw ApiError.field("customerId", "Customer '$customerId' does not exist.")
        val record = seed(customerId, str(body, "planIdentifier")!!, str(body, "chargePeriod")!!, "active")
        (body["features"] as? JsonArray)?.let { record.features = it }
        return Reply(201, record.toJson())
    }

    fun list(call: Call): Reply {
        Urls.allowOnly(call.query, "customer_id", "status", "page", "page_size")
        val customerId = call.query["customer_id"]?.also {
            if (it.isBlank()) throw ApiError.field("customer_id", "Query parameter 'customer_id' may not be blank.")
        }
        val statuses = call.query["status"]?.split(',')?.map { it.trim() }?.also { list ->
            if (list.any { it.isEmpty() }) throw ApiError.field("status", "Query parameter 'status' must be comma-separated statuses such as active,trialing.")
        }?.toSet()
        val matching = byId.values.filter { s ->
            (customerId == null || s.customerId == customerId) && (statuses == null || s.status in statuses)
        }
        return Reply(200, Paging.page(matching, call.query, links.api("subscriptions")) { it.toJson() })
    }

    fun retrieve(call: Call, id: String): Reply {
        noQuery(call)
        return Reply(200, get(id).toJson())
    }

    fun update(call: Call, id: String): Reply {
        noQuery(call)
        val record = get(id)
        val body = BodySchema.parse(call)
        updateSchema.check(body)
        if (record.status == "canceled") throw ApiError.detail(400, "Subscription '$id' is canceled and cannot be changed.")
        record.planIdentifier = str(body, "planIdentifier")!!
        record.chargePeriod = str(body, "chargePeriod")!!
        (body["features"] as? JsonArray)?.let { record.features = it }
        str(body, "trialEnd")?.let { trialEnd ->
            if (trialEnd == "now") {
                record.trialDaysRemaining = 0
                if (record.status == "trialing") record.status = "active"
            } else {
                val at = LocalDateTime.parse(trialEnd, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toInstant(ZoneOffset.UTC)
                record.trialDaysRemaining = maxOf(1, ChronoUnit.DAYS.between(Instant.now(), at).toInt())
                record.status = "trialing"
            }
        }
        return Reply(200, buildJsonObject { put("subscriptionId", record.id) })
    }

    fun cancel(call: Call, id: String): Reply {
        noQuery(call)
        val record = get(id)
        val body = BodySchema.parse(call)
        cancelSchema.check(body)
        val type = str(body, "cancellationType")!!
        val date = str(body, "cancellationDate")?.let { LocalDate.parse(it) }
        if (type == "SPECIFIC_DATE" && date == null) {
            throw ApiError.field("cancellationDate", "This field is required when cancellationType is SPECIFIC_DATE.")
        }
        if (type != "SPECIFIC_DATE" && date != null) {
            throw ApiError.field("cancellationDate", "Only allowed when cancellationType is SPECIFIC_DATE, not $type.")
        }
        val today = LocalDate.now(ZoneOffset.UTC)
        if (date != null && date.isBefore(today)) throw ApiError.field("cancellationDate", "Must not be in the past, was $date.")
        if (record.status == "canceled") throw ApiError.detail(400, "Subscription '$id' is already canceled.")
        record.cancellationFeedback = str(body, "cancellationFeedback")
        record.cancellationComment = str(body, "cancellationComment")
        record.cancellationReason = "cancellation_requested"
        when (type) {
            "IMMEDIATE" -> {
                record.status = "canceled"
                record.canceledAt = WireTimes.now()
                record.endDate = today
            }
            "CURRENT_PERIOD_ENDS" -> record.endDate = record.periodEndDate()
            else -> record.endDate = date
        }
        return Reply(200, buildJsonObject { put("message", "Subscription cancelled") })
    }

    private fun get(id: String): SubscriptionRecord = byId[id] ?: throw ApiError.notFound("Subscription '$id' not found.")

    private fun str(body: JsonObject, key: String): String? = (body[key] as? JsonPrimitive)?.takeIf { it.isString }?.content
}
