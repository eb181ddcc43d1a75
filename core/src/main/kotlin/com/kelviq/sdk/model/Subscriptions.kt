@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonValueSerializer
import com.kelviq.sdk.internal.json.PrimitiveAsStringSerializer
import com.kelviq.sdk.internal.json.SubscriptionSerializer
import com.kelviq.sdk.internal.json.WireNumbers
import com.kelviq.sdk.internal.json.WireTime
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonNames

/**
 * A subscription of a customer to a plan. Immutable; equal when every modelled field is ([raw] aside).
 *
 * Fields whose values the server may extend ([status], [billingType], [recurrence], [cancellationReason]) are
 * strings, kept as sent. Everything the server sent, including fields this SDK does not model, stays available
 * in [raw].
 */
@KeepGeneratedSerializer
@Serializable(with = SubscriptionSerializer::class)
public class Subscription internal constructor(
    /** The subscription's identifier. */
    public val id: String,
    /** The subscribed customer, or `null`. */
    @JsonNames("customer_id") public val customerId: String? = null,
    /** The status as sent: `active`, `trialing`, `canceled`, ... */
    public val status: String? = null,
    /** The start date: the text as sent, or `null` (typed: [startDate]). */
    @SerialName("startDate") @JsonNames("start_date") @Serializable(with = FieldTextSerializer::class) public val startDateText: String? = null,
    /** The end date: the text as sent, or `null` (typed: [endDate]). */
    @SerialName("endDate") @JsonNames("end_date") @Serializable(with = FieldTextSerializer::class) public val endDateText: String? = null,
    /** The start of the current billing period: the text as sent, or `null` (typed: [billingPeriodStartTime]). */
    @SerialName("billingPeriodStartTime") @JsonNames("billing_period_start_time") @Serializable(with = FieldTextSerializer::class) public val billingPeriodStartTimeText: String? = null,
    /** The end of the current billing period: the text as sent, or `null` (typed: [billingPeriodEndTime]). */
    @SerialName("billingPeriodEndTime") @JsonNames("billing_period_end_time") @Serializable(with = FieldTextSerializer::class) public val billingPeriodEndTimeText: String? = null,
    /** The price as a decimal string, e.g. `"49.00"`; see [amountDecimal]. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amount: String? = null,
    /** The currency code, or `null`. */
    public val currency: String? = null,
    /** The recurrence as sent, or `null`. */
    public val recurrence: String? = null,
    /** The plan, or `null`. */
    public val plan: SubscriptionPlan? = null,
    /** The subscription's features as plain JSON values (maps, lists, strings, numbers, booleans), or `null`. */
    @Serializable(with = JavaJsonValueSerializer::class) public val features: Any? = null,
    /** Trial days left: the number as sent, exactly, or `null` (typed: [trialDaysRemaining]). */
    @SerialName("trialDaysRemaining") @JsonNames("trial_days_remaining") @Serializable(with = FieldTextSerializer::class) public val trialDaysRemainingText: String? = null,
    /** The billing type as sent, e.g. `SUBSCRIPTION`, or `null`. */
    @JsonNames("billing_type") public val billingType: String? = null,
    /** When it was canceled: the text as sent, or `null` (typed: [canceledAt]). */
    @SerialName("canceledAt") @JsonNames("canceled_at", "cancelled_at") @Serializable(with = FieldTextSerializer::class) public val canceledAtText: String? = null,
    /** The cancellation reason as sent, or `null`. */
    @JsonNames("cancellation_reason") public val cancellationReason: String? = null,
    /** The cancellation feedback as sent, or `null`. */
    @JsonNames("cancellation_feedback") public val cancellationFeedback: String? = null,
    /** The cancellation comment, or `null`. */
    @JsonNames("cancellation_comment") public val cancellationComment: String? = null,
) {
    /** Trial days left, read from [trialDaysRemainingText]: `null` when absent or not a number; a value beyond `Int` is held at its nearest bound (the exact text is kept). */
    @Transient public val trialDaysRemaining: Int? = WireNumbers.intOrNull(trialDaysRemainingText)

    /** The start date, read from [startDateText]: `null` when absent or not a date (the text is kept). */
    @Transient public val startDate: LocalDate? = WireTime.dateOrNull(startDateText)
    /** The end date, read from [endDateText]: `null` when absent or not a date (the text is kept). */
    @Transient public val endDate: LocalDate? = WireTime.dateOrNull(endDateText)
    /** The start of the current billing period, read from [billingPeriodStartTimeText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val billingPeriodStartTime: Instant? = WireTime.instantOrNull(billingPeriodStartTimeText)
    /** The end of the current billing period, read from [billingPeriodEndTimeText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val billingPeriodEndTime: Instant? = WireTime.instantOrNull(billingPeriodEndTimeText)
    /** When it was canceled, read from [canceledAtText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val canceledAt: Instant? = WireTime.instantOrNull(canceledAtText)

    /** Set once by the decoder, before the subscription is handed out. */
    @Transient
    internal var rawJson: Map<String, Any?> = emptyMap()

    /** The whole JSON object as received, as plain JSON values (see [features]). */
    public val raw: Map<String, Any?> get() = rawJson

    /** [amount] as a [BigDecimal], or `null` when absent or not a number. */
    public fun amountDecimal(): BigDecimal? = amount?.toBigDecimalOrNull()

    private fun values() = listOf(
        id, customerId, status, startDateText, endDateText, billingPeriodStartTimeText, billingPeriodEndTimeText, amount, currency, recurrence,
        plan, features, trialDaysRemainingText, billingType, canceledAtText, cancellationReason, cancellationFeedback, cancellationComment,
    )

    override fun equals(other: Any?): Boolean = this === other || other is Subscription && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "Subscription(id=$id, customerId=$customerId, status=$status, startDate=$startDate, endDate=$endDate, " +
            "billingPeriodStartTime=$billingPeriodStartTime, billingPeriodEndTime=$billingPeriodEndTime, amount=$amount, " +
            "currency=$currency, recurrence=$recurrence, plan=$plan, features=$features, trialDaysRemaining=$trialDaysRemaining, " +
            "billingType=$billingType, canceledAt=$canceledAt, cancellationReason=$cancellationReason, " +
            "cancellationFeedback=$cancellationFeedback, cancellationComment=$cancellationComment)"

    internal companion object
}

/** The plan of a subscription. Immutable; equal when every field is. */
@Serializable
public class SubscriptionPlan internal constructor(
    /** The plan's name, or `null`. */
    public val name: String? = null,
    /** The plan's identifier, or `null`. */
    public val identifier: String? = null,
) {
    override fun equals(other: Any?): Boolean = this === other || other is SubscriptionPlan && name == other.name && identifier == other.identifier

    override fun hashCode(): Int = 31 * name.hashCode() + identifier.hashCode()

    override fun toString(): String = "SubscriptionPlan(name=$name, identifier=$identifier)"

    internal companion object
}

/** One page of subscriptions; see [CustomerPage] for the meaning of the fields. */
@Serializable
public class SubscriptionPage internal constructor(
    /** The total number of subscriptions matching the query, over all pages: the number as sent, exactly, or `null` (typed: [count]). */
    @SerialName("count") @Serializable(with = FieldTextSerializer::class) public val countText: String? = null,
    /** The absolute URL of the next page, or `null` on the last page. */
    public val next: String? = null,
    /** The absolute URL of the previous page, or `null` on the first page. */
    public val previous: String? = null,
    /** The subscriptions of this page. */
    public val results: List<Subscription> = emptyList(),
) {
    /** The total number of subscriptions matching the query, over all pages, read from [countText]: 0 when absent or not a number; a value beyond `Long` is held at its nearest bound (the exact text is kept). */
    @Transient public val count: Long = WireNumbers.longOrNull(countText) ?: 0

    override fun equals(other: Any?): Boolean = this === other ||
        other is SubscriptionPage && count == other.count && next == other.next && previous == other.previous && results == other.results

    override fun hashCode(): Int = listOf(count, next, previous, results).hashCode()

    override fun toString(): String = "SubscriptionPage(count=$count, next=$next, previous=$previous, results=$results)"

    internal companion object
}

/** The answer to a plan change: the subscription's identifier. */
@Serializable
public class SubscriptionUpdate internal constructor(
    /** The changed subscription. */
    @JsonNames("subscription_id") public val subscriptionId: String,
) {
    override fun equals(other: Any?): Boolean = this === other || other is SubscriptionUpdate && subscriptionId == other.subscriptionId

    override fun hashCode(): Int = subscriptionId.hashCode()

    override fun toString(): String = "SubscriptionUpdate(subscriptionId=$subscriptionId)"

    internal companion object
}

/** The answer to a cancellation: the server's message. */
@Serializable
public class SubscriptionCancellation internal constructor(
    /** The server's message, or `null`. */
    public val message: String? = null,
) {
    override fun equals(other: Any?): Boolean = this === other || other is SubscriptionCancellation && message == other.message

    override fun hashCode(): Int = message.hashCode()

    override fun toString(): String = "SubscriptionCancellation(message=$message)"

    internal companion object
}
