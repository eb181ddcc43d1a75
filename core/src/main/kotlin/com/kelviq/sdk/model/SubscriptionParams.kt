package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.Checks
import com.kelviq.sdk.internal.putIfSet
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import java.time.Instant
import java.time.LocalDate

private fun featuresJson(features: List<FeatureQuantity>?): JsonArray? =
    features?.let { list -> JsonArray(list.map { it.toJson() }) }

/**
 * Parameters of `subscriptions().update` (change plan): `POST /subscriptions/{subscriptionId}/update/`.
 *
 * ```java
 * UpdateSubscriptionParams params = UpdateSubscriptionParams.builder()
 *     .subscriptionId("sub_1").planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY) // required
 *     .trialEnd(TrialEnd.now())
 *     .build();
 * ```
 */
public class UpdateSubscriptionParams private constructor(b: Builder) {
    /** Which subscription to change (a path parameter). */
    public val subscriptionId: String = Checks.id("subscriptionId", b.subscriptionId)
    /** The new plan. */
    public val planIdentifier: String = Checks.required("planIdentifier", b.planIdentifier)
    /** The new billing cycle. */
    public val chargePeriod: ChargePeriod = Checks.present("chargePeriod", b.chargePeriod)
    /** Feature quantities, when set. */
    public val features: List<FeatureQuantity>? = b.features?.toList()
    /** The customer's IP address, for location-based pricing. */
    public val ipAddress: String? = Checks.optionalText("ipAddress", b.ipAddress)
    /** When the trial ends, when set. */
    public val trialEnd: TrialEnd? = b.trialEnd
    /** How the change is activated, when set. */
    public val paymentBehavior: PaymentBehavior? = b.paymentBehavior
    /** Deprecated 1.x field, still accepted. */
    public val offeringId: String? = Checks.optionalText("offeringId", b.offeringId)
    /** Deprecated 1.x field, still accepted. */
    public val pricingTableId: String? = Checks.optionalText("pricingTableId", b.pricingTableId)
    /** Deprecated 1.x field, still accepted. */
    public val ruleId: String? = Checks.optionalText("ruleId", b.ruleId)

    init {
        val at = trialEnd?.instant
        if (at != null && !at.isAfter(Instant.now())) throw KelviqValidationException("trialEnd", "must be in the future, was $at")
    }

    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("planIdentifier", planIdentifier)
        putIfSet("chargePeriod", chargePeriod.name)
        putIfSet("features", featuresJson(features))
        putIfSet("ipAddress", ipAddress)
        putIfSet("trialEnd", trialEnd?.wireValue())
        putIfSet("paymentBehavior", paymentBehavior?.wireValue)
        putIfSet("offeringId", offeringId)
        putIfSet("pricingTableId", pricingTableId)
        putIfSet("ruleId", ruleId)
    }

    override fun equals(other: Any?): Boolean =
        other is UpdateSubscriptionParams && other.subscriptionId == subscriptionId && other.toJson() == toJson()
    override fun hashCode(): Int = subscriptionId.hashCode() * 31 + toJson().hashCode()
    override fun toString(): String = "UpdateSubscriptionParams(subscriptionId=$subscriptionId, body=${toJson()})"

    /** Builds [UpdateSubscriptionParams]; [subscriptionId], [planIdentifier] and [chargePeriod] are required. */
    public class Builder internal constructor() {
        internal var subscriptionId: String? = null
        internal var planIdentifier: String? = null
        internal var chargePeriod: ChargePeriod? = null
        internal var features: List<FeatureQuantity>? = null
        internal var ipAddress: String? = null
        internal var trialEnd: TrialEnd? = null
        internal var paymentBehavior: PaymentBehavior? = null
        internal var offeringId: String? = null
        internal var pricingTableId: String? = null
        internal var ruleId: String? = null

        /** Which subscription. Required. */
        public fun subscriptionId(subscriptionId: String): Builder = apply { this.subscriptionId = subscriptionId }
        /** The new plan. Required. */
        public fun planIdentifier(planIdentifier: String): Builder = apply { this.planIdentifier = planIdentifier }
        /** The new billing cycle. Required. */
        public fun chargePeriod(chargePeriod: ChargePeriod): Builder = apply { this.chargePeriod = chargePeriod }
        /** Feature quantities. */
        public fun features(features: List<FeatureQuantity>?): Builder = apply { this.features = features }
        /** The customer's IP address. */
        public fun ipAddress(ipAddress: String?): Builder = apply { this.ipAddress = ipAddress }
        /** When the trial ends: [TrialEnd.now] or [TrialEnd.at]. */
        public fun trialEnd(trialEnd: TrialEnd?): Builder = apply { this.trialEnd = trialEnd }
        /** When the trial ends: a future instant. */
        public fun trialEnd(trialEnd: Instant): Builder = apply { this.trialEnd = TrialEnd.at(trialEnd) }
        /** How the change is activated. */
        public fun paymentBehavior(paymentBehavior: PaymentBehavior?): Builder = apply { this.paymentBehavior = paymentBehavior }
        /** Deprecated 1.x field. */
        @Deprecated("A 1.x field, still accepted by the server; prefer planIdentifier.")
        public fun offeringId(offeringId: String?): Builder = apply { this.offeringId = offeringId }
        /** Deprecated 1.x field. */
        @Deprecated("A 1.x field, still accepted by the server; prefer planIdentifier.")
        public fun pricingTableId(pricingTableId: String?): Builder = apply { this.pricingTableId = pricingTableId }
        /** Deprecated 1.x field. */
        @Deprecated("A 1.x field, still accepted by the server; prefer planIdentifier.")
        public fun ruleId(ruleId: String?): Builder = apply { this.ruleId = ruleId }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): UpdateSubscriptionParams = UpdateSubscriptionParams(this)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Parameters of `subscriptions().cancel`: `POST /subscriptions/{subscriptionId}/cancel/`.
 *
 * ```java
 * CancelSubscriptionParams params = CancelSubscriptionParams.builder()
 *     .subscriptionId("sub_1").cancellationType(CancellationType.SPECIFIC_DATE) // required
 *     .cancellationDate(LocalDate.of(2026, 12, 31))   // required exactly for SPECIFIC_DATE
 *     .cancellationFeedback(CancellationFeedback.TOO_EXPENSIVE)
 *     .build();
 * ```
 */
public class CancelSubscriptionParams private constructor(
    /** Which subscription to cancel (a path parameter). */
    public val subscriptionId: String,
    /** When the cancellation takes effect. */
    public val cancellationType: CancellationType,
    /** The date of a `SPECIFIC_DATE` cancellation; `null` otherwise. */
    public val cancellationDate: LocalDate?,
    /** Why the customer cancels, when set. */
    public val cancellationFeedback: CancellationFeedback?,
    /** A free-text comment, when set. */
    public val cancellationComment: String?,
) {
    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("cancellationType", cancellationType.name)
        putIfSet("cancellationDate", cancellationDate?.toString())
        putIfSet("cancellationFeedback", cancellationFeedback?.name)
        putIfSet("cancellationComment", cancellationComment)
    }

    override fun equals(other: Any?): Boolean =
        other is CancelSubscriptionParams && other.subscriptionId == subscriptionId && other.toJson() == toJson()
    override fun hashCode(): Int = subscriptionId.hashCode() * 31 + toJson().hashCode()
    override fun toString(): String = "CancelSubscriptionParams(subscriptionId=$subscriptionId, body=${toJson()})"

    /** Builds [CancelSubscriptionParams]; [subscriptionId] and [cancellationType] are required. */
    public class Builder internal constructor() {
        private var subscriptionId: String? = null
        private var cancellationType: CancellationType? = null
        private var cancellationDate: LocalDate? = null
        private var cancellationFeedback: CancellationFeedback? = null
        private var cancellationComment: String? = null

        /** Which subscription. Required. */
        public fun subscriptionId(subscriptionId: String): Builder = apply { this.subscriptionId = subscriptionId }
        /** When the cancellation takes effect. Required. */
        public fun cancellationType(type: CancellationType): Builder = apply { this.cancellationType = type }
        /** The date, required exactly when the type is `SPECIFIC_DATE`. */
        public fun cancellationDate(date: LocalDate?): Builder = apply { this.cancellationDate = date }
        /** Why the customer cancels. */
        public fun cancellationFeedback(feedback: CancellationFeedback?): Builder = apply { this.cancellationFeedback = feedback }
        /** A free-text comment. */
        public fun cancellationComment(comment: String?): Builder = apply { this.cancellationComment = comment }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): CancelSubscriptionParams {
            val id = Checks.id("subscriptionId", subscriptionId)
            val type = Checks.present("cancellationType", cancellationType)
            if (type == CancellationType.SPECIFIC_DATE && cancellationDate == null) {
                throw KelviqValidationException("cancellationDate", "is required when cancellationType is SPECIFIC_DATE")
            }
            if (type != CancellationType.SPECIFIC_DATE && cancellationDate != null) {
                throw KelviqValidationException("cancellationDate", "is allowed only when cancellationType is SPECIFIC_DATE, was $type")
            }
            return CancelSubscriptionParams(id, type, cancellationDate, cancellationFeedback, cancellationComment)
        }
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Parameters of `subscriptions().list` and `listAll`: `GET /subscriptions/?customer_id=&status=&page=&page_size=`.
 *
 * ```java
 * ListSubscriptionsParams params = ListSubscriptionsParams.builder().customerId("c1").status("active", "trialing").build();
 * ```
 */
public class ListSubscriptionsParams private constructor(
    /** Only this customer's subscriptions, when set. */
    public val customerId: String?,
    /** Only subscriptions in these statuses (sent comma-separated), when set. */
    public val status: List<String>?,
    /** The page number, from 1. Ignored by `listAll`. */
    public val page: Int?,
    /** Subscriptions per page, 1..100. */
    public val pageSize: Int?,
) {
    internal fun toQuery(): List<Pair<String, String>> = buildList {
        customerId?.let { add("customer_id" to it) }
        status?.let { add("status" to it.joinToString(",")) }
        page?.let { add("page" to it.toString()) }
        pageSize?.let { add("page_size" to it.toString()) }
    }

    /** These parameters with another [page]. */
    public fun withPage(page: Int?): ListSubscriptionsParams =
        ListSubscriptionsParams(customerId, status, Checks.optionalPage("page", page), pageSize)

    override fun equals(other: Any?): Boolean = other is ListSubscriptionsParams && other.toQuery() == toQuery()
    override fun hashCode(): Int = toQuery().hashCode()
    override fun toString(): String =
        "ListSubscriptionsParams(customerId=$customerId, status=$status, page=$page, pageSize=$pageSize)"

    /** Builds [ListSubscriptionsParams]; every field is optional. */
    public class Builder internal constructor() {
        private var customerId: String? = null
        private var status: List<String>? = null
        private var page: Int? = null
        private var pageSize: Int? = null

        /** Only this customer's subscriptions. */
        public fun customerId(customerId: String?): Builder = apply { this.customerId = customerId }
        /** Only these statuses, e.g. `active`, `trialing`. */
        public fun status(vararg status: String): Builder = apply { this.status = status.toList() }
        /** Only these statuses. */
        public fun status(status: List<String>?): Builder = apply { this.status = status?.toList() }
        /** The page number, from 1. */
        public fun page(page: Int): Builder = apply { this.page = page }
        /** Subscriptions per page, 1..100. */
        public fun pageSize(pageSize: Int): Builder = apply { this.pageSize = pageSize }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ListSubscriptionsParams {
            status?.forEach { Checks.id("status", it); if (',' in it) throw KelviqValidationException("status", "each status is one value without commas, was '$it'") }
            return ListSubscriptionsParams(
                customerId?.let { Checks.id("customerId", it) },
                status?.takeIf { it.isNotEmpty() },
                Checks.optionalPage("page", page),
                Checks.optionalPageSize("pageSize", pageSize),
            )
        }
    }

    /** Factories. */
    public companion object {
        /** No filter, first page, the server's page size. */
        @JvmField
        public val DEFAULT: ListSubscriptionsParams = ListSubscriptionsParams(null, null, null, null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Parameters of `subscriptions().create`: `POST /subscriptions/create/`.
 *
 * ```java
 * CreateSubscriptionParams params = CreateSubscriptionParams.builder()
 *     .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId("c1") // required
 *     .build();
 * ```
 */
public class CreateSubscriptionParams private constructor(b: Builder) {
    /** The plan subscribed to. */
    public val planIdentifier: String = Checks.required("planIdentifier", b.planIdentifier)
    /** The billing cycle (`ONE_TIME` for free plans). */
    public val chargePeriod: ChargePeriod = Checks.present("chargePeriod", b.chargePeriod)
    /** The subscribing customer. */
    public val customerId: String = Checks.id("customerId", b.customerId)
    /** Where the customer lands afterwards: an absolute http(s) URL, when set. */
    public val successUrl: String? = Checks.optionalAbsoluteUrl("successUrl", b.successUrl)
    /** Feature quantities, when set. */
    public val features: List<FeatureQuantity>? = b.features?.toList()
    /** The customer's IP address, for location-based pricing. */
    public val ipAddress: String? = Checks.optionalText("ipAddress", b.ipAddress)

    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("planIdentifier", planIdentifier)
        putIfSet("chargePeriod", chargePeriod.name)
        putIfSet("customerId", customerId)
        putIfSet("successUrl", successUrl)
        putIfSet("features", featuresJson(features))
        putIfSet("ipAddress", ipAddress)
    }

    override fun equals(other: Any?): Boolean = other is CreateSubscriptionParams && other.toJson() == toJson()
    override fun hashCode(): Int = toJson().hashCode()
    override fun toString(): String = "CreateSubscriptionParams${toJson()}"

    /** Builds [CreateSubscriptionParams]; [planIdentifier], [chargePeriod] and [customerId] are required. */
    public class Builder internal constructor() {
        internal var planIdentifier: String? = null
        internal var chargePeriod: ChargePeriod? = null
        internal var customerId: String? = null
        internal var successUrl: String? = null
        internal var features: List<FeatureQuantity>? = null
        internal var ipAddress: String? = null

        /** The plan. Required. */
        public fun planIdentifier(planIdentifier: String): Builder = apply { this.planIdentifier = planIdentifier }
        /** The billing cycle. Required. */
        public fun chargePeriod(chargePeriod: ChargePeriod): Builder = apply { this.chargePeriod = chargePeriod }
        /** The customer. Required. */
        public fun customerId(customerId: String): Builder = apply { this.customerId = customerId }
        /** Absolute http(s) URL afterwards. */
        public fun successUrl(successUrl: String?): Builder = apply { this.successUrl = successUrl }
        /** Feature quantities. */
        public fun features(features: List<FeatureQuantity>?): Builder = apply { this.features = features }
        /** The customer's IP address. */
        public fun ipAddress(ipAddress: String?): Builder = apply { this.ipAddress = ipAddress }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): CreateSubscriptionParams = CreateSubscriptionParams(this)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
