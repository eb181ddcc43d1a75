@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.internal.FlexibleInstantSerializer
import com.kelviq.sdk.internal.FlexibleLocalDateSerializer
import com.kelviq.sdk.internal.PrimitiveAsStringSerializer
import com.kelviq.sdk.internal.SubscriptionSerializer
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNames
import kotlinx.serialization.json.JsonObject
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate

/**
 * A subscription of a customer to a plan.
 *
 * Fields whose values the server may extend ([status], [billingType], [recurrence],
 * [cancellationReason]) are strings, kept as sent. Everything the server sent, including fields
 * this SDK does not model, stays available in [raw].
 *
 * @property amount the price as a decimal string, e.g. `"49.00"`; see [amountDecimal].
 * @property features the subscription's features as raw JSON, or `null`.
 */
@KeepGeneratedSerializer
@Serializable(with = SubscriptionSerializer::class)
public data class Subscription(
    val id: String,
    @JsonNames("customer_id") val customerId: String? = null,
    val status: String? = null,
    @JsonNames("start_date") @Serializable(with = FlexibleLocalDateSerializer::class) val startDate: LocalDate? = null,
    @JsonNames("end_date") @Serializable(with = FlexibleLocalDateSerializer::class) val endDate: LocalDate? = null,
    @JsonNames("billing_period_start_time") @Serializable(with = FlexibleInstantSerializer::class)
    val billingPeriodStartTime: Instant? = null,
    @JsonNames("billing_period_end_time") @Serializable(with = FlexibleInstantSerializer::class)
    val billingPeriodEndTime: Instant? = null,
    @Serializable(with = PrimitiveAsStringSerializer::class) val amount: String? = null,
    val currency: String? = null,
    val recurrence: String? = null,
    val plan: SubscriptionPlan? = null,
    val features: JsonElement? = null,
    @JsonNames("trial_days_remaining") val trialDaysRemaining: Int? = null,
    @JsonNames("billing_type") val billingType: String? = null,
    @JsonNames("canceled_at", "cancelled_at") @Serializable(with = FlexibleInstantSerializer::class)
    val canceledAt: Instant? = null,
    @JsonNames("cancellation_reason") val cancellationReason: String? = null,
    @JsonNames("cancellation_feedback") val cancellationFeedback: String? = null,
    @JsonNames("cancellation_comment") val cancellationComment: String? = null,
    /** The whole JSON object as received. */
    @Transient val raw: JsonObject = JsonObject(emptyMap()),
) {
    /** [amount] as a [BigDecimal], or `null` when absent or not a number. */
    public fun amountDecimal(): BigDecimal? = amount?.toBigDecimalOrNull()
}

/** The plan of a subscription. */
@Serializable
public data class SubscriptionPlan(
    val name: String? = null,
    val identifier: String? = null,
)

/** One page of subscriptions; see [CustomerPage] for the meaning of the fields. */
@Serializable
public data class SubscriptionPage(
    val count: Long = 0,
    val next: String? = null,
    val previous: String? = null,
    val results: List<Subscription> = emptyList(),
)

/** The answer to a plan change: the subscription's identifier. */
@Serializable
public data class SubscriptionUpdate(
    @JsonNames("subscription_id") val subscriptionId: String,
)

/** The answer to a cancellation: the server's message. */
@Serializable
public data class SubscriptionCancellation(val message: String? = null)
