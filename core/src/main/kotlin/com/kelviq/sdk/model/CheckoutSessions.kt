package com.kelviq.sdk.model

import com.kelviq.sdk.internal.json.BillingAddressSerializer
import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.PrimitiveAsStringSerializer
import com.kelviq.sdk.internal.json.WireNumbers
import com.kelviq.sdk.internal.json.WireTime
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient

/**
 * A checkout session as `checkout().listSessions` and `retrieveSession` return it. [order], [subscription] and
 * [paymentMethod] come only from `retrieveSession` (and stay `null` until the session produced them). The free-form
 * objects (`product`, `selectedData`, `metadata`, ...) are plain Java JSON values.
 */
@Serializable
public class CheckoutSessionDetails internal constructor(
    /** The session's id, e.g. `cs_...`. */
    public val id: String,
    /** Who checks out, or `null`. */
    public val customer: OrderCustomer? = null,
    /** The product as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val product: Map<String, Any?> = emptyMap(),
    /** The billing address entered, or `null`. */
    @Serializable(with = BillingAddressSerializer::class) public val billingAddress: BillingAddress? = null,
    /** The discount code applied, or `null`. */
    public val discountCode: String? = null,
    /** The tax id entered, or `null`. */
    public val taxId: String? = null,
    /** The currency, or `null`. */
    public val currency: String? = null,
    /** The currency's symbol, or `null`. */
    public val currencySymbol: String? = null,
    /** The status as sent, e.g. `open`, or `null`. */
    public val status: String? = null,
    /** When it was created: the text as sent, or `null` (typed: [createdOn]). */
    @SerialName("createdOn") @Serializable(with = FieldTextSerializer::class) public val createdOnText: String? = null,
    /** What the customer selected, as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val selectedData: Map<String, Any?> = emptyMap(),
    /** The offering shown, as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val offeringData: Map<String, Any?> = emptyMap(),
    /** The session's data, as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val data: Map<String, Any?> = emptyMap(),
    /** The custom fields entered, as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val customFieldsData: Map<String, Any?> = emptyMap(),
    /** The metadata given at creation, as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val metadata: Map<String, Any?> = emptyMap(),
    /** The page's customization, as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val customization: Map<String, Any?> = emptyMap(),
    /** The trial period in days: the number as sent, exactly, or `null` (typed: [trialPeriod]). */
    @SerialName("trialPeriod") @Serializable(with = FieldTextSerializer::class) public val trialPeriodText: String? = null,
    /** The first order created from the session, or `null` (and always `null` in lists). */
    public val order: CheckoutSessionOrder? = null,
    /** The subscription created from that order, or `null`. */
    public val subscription: CheckoutSessionSubscription? = null,
    /** How it was paid, or `null`. */
    public val paymentMethod: OrderPaymentMethod? = null,
) {
    /** The trial period in days, read from [trialPeriodText]: `null` when absent or not a number; a value beyond `Int` is held at its nearest bound (the exact text is kept). */
    @Transient public val trialPeriod: Int? = WireNumbers.intOrNull(trialPeriodText)

    /** When it was created, read from [createdOnText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val createdOn: Instant? = WireTime.instantOrNull(createdOnText)

    private fun values() = listOf(
        id, customer, product, billingAddress, discountCode, taxId, currency, currencySymbol, status, createdOnText, selectedData,
        offeringData, data, customFieldsData, metadata, customization, trialPeriodText, order, subscription, paymentMethod,
    )

    override fun equals(other: Any?): Boolean = this === other || other is CheckoutSessionDetails && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "CheckoutSessionDetails(id=$id, status=$status, customer=${customer?.customerId}, createdOn=$createdOn, order=${order?.id})"

    internal companion object
}

/** The first order created from a checkout session. */
@Serializable
public class CheckoutSessionOrder internal constructor(
    /** The order's id. */
    public val id: String,
    /** The status as sent (see [Order.status]), or `null`. */
    public val status: String? = null,
    /** When it was paid: the text as sent, or `null` (typed: [paidAt]). */
    @SerialName("paidAt") @Serializable(with = FieldTextSerializer::class) public val paidAtText: String? = null,
    /** When it was created: the text as sent, or `null` (typed: [createdOn]). */
    @SerialName("createdOn") @Serializable(with = FieldTextSerializer::class) public val createdOnText: String? = null,
    /** The billing type as sent: `ONE_TIME`, `SUBSCRIPTION`, or `null`. */
    public val billingType: String? = null,
    /** Whether it started a trial, or `null`. */
    public val isTrial: Boolean? = null,
    /** The subtotal as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amountSubtotal: String? = null,
    /** The discount as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amountDiscount: String? = null,
    /** The tax as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amountTax: String? = null,
    /** The total as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amountTotal: String? = null,
    /** The sale currency, or `null`. */
    public val saleCurrency: String? = null,
    /** The sale currency's symbol, or `null`. */
    public val saleCurrencySymbol: String? = null,
    /** The invoice's id, or `null`. */
    public val invoiceId: String? = null,
) {
    /** When it was paid, read from [paidAtText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val paidAt: Instant? = WireTime.instantOrNull(paidAtText)
    /** When it was created, read from [createdOnText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val createdOn: Instant? = WireTime.instantOrNull(createdOnText)

    /** [amountTotal] as a [BigDecimal], or `null`. */
    public fun amountTotalDecimal(): BigDecimal? = amountTotal?.toBigDecimalOrNull()

    private fun values() = listOf(
        id, status, paidAtText, createdOnText, billingType, isTrial, amountSubtotal, amountDiscount, amountTax, amountTotal, saleCurrency,
        saleCurrencySymbol, invoiceId,
    )

    override fun equals(other: Any?): Boolean = this === other || other is CheckoutSessionOrder && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String = "CheckoutSessionOrder(id=$id, status=$status, amountTotal=$amountTotal, saleCurrency=$saleCurrency)"

    internal companion object
}

/** The subscription created from a checkout session's order. */
@Serializable
public class CheckoutSessionSubscription internal constructor(
    /** The subscription's id. */
    public val id: String,
    /** The recurrence as sent, e.g. `month`, or `null`. */
    public val recurrence: String? = null,
    /** The current billing period's start: the text as sent, or `null` (typed: [billingPeriodStartTime]). */
    @SerialName("billingPeriodStartTime") @Serializable(with = FieldTextSerializer::class) public val billingPeriodStartTimeText: String? = null,
    /** The current billing period's end: the text as sent, or `null` (typed: [billingPeriodEndTime]). */
    @SerialName("billingPeriodEndTime") @Serializable(with = FieldTextSerializer::class) public val billingPeriodEndTimeText: String? = null,
    /** The start date: the text as sent, or `null` (typed: [startDate]). */
    @SerialName("startDate") @Serializable(with = FieldTextSerializer::class) public val startDateText: String? = null,
    /** The end date: the text as sent, or `null` (typed: [endDate]). */
    @SerialName("endDate") @Serializable(with = FieldTextSerializer::class) public val endDateText: String? = null,
    /** The status as sent, e.g. `active`, or `null`. */
    public val status: String? = null,
    /** The recurring amount as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amount: String? = null,
    /** The currency, or `null`. */
    public val currency: String? = null,
    /** Trial days left: the number as sent, exactly, or `null` (typed: [trialDaysRemaining]). */
    @SerialName("trialDaysRemaining") @Serializable(with = FieldTextSerializer::class) public val trialDaysRemainingText: String? = null,
    /** The billing type as sent, or `null`. */
    public val billingType: String? = null,
    /** How many [recurrenceType] units one period lasts: the number as sent, exactly, or `null` (typed: [recurrenceUnit]). */
    @SerialName("recurrenceUnit") @Serializable(with = FieldTextSerializer::class) public val recurrenceUnitText: String? = null,
    /** The recurrence's unit as sent, e.g. `MONTH`, or `null`. */
    public val recurrenceType: String? = null,
) {
    /** Trial days left, read from [trialDaysRemainingText]: `null` when absent or not a number; a value beyond `Int` is held at its nearest bound (the exact text is kept). */
    @Transient public val trialDaysRemaining: Int? = WireNumbers.intOrNull(trialDaysRemainingText)
    /** How many [recurrenceType] units one period lasts, read from [recurrenceUnitText]: `null` when absent or not a number; a value beyond `Int` is held at its nearest bound (the exact text is kept). */
    @Transient public val recurrenceUnit: Int? = WireNumbers.intOrNull(recurrenceUnitText)

    /** The current billing period's start, read from [billingPeriodStartTimeText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val billingPeriodStartTime: Instant? = WireTime.instantOrNull(billingPeriodStartTimeText)
    /** The current billing period's end, read from [billingPeriodEndTimeText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val billingPeriodEndTime: Instant? = WireTime.instantOrNull(billingPeriodEndTimeText)
    /** The start date, read from [startDateText]: `null` when absent or not a date (the text is kept). */
    @Transient public val startDate: LocalDate? = WireTime.dateOrNull(startDateText)
    /** The end date, read from [endDateText]: `null` when absent or not a date (the text is kept). */
    @Transient public val endDate: LocalDate? = WireTime.dateOrNull(endDateText)

    private fun values() = listOf(
        id, recurrence, billingPeriodStartTimeText, billingPeriodEndTimeText, startDateText, endDateText, status, amount, currency,
        trialDaysRemainingText, billingType, recurrenceUnitText, recurrenceType,
    )

    override fun equals(other: Any?): Boolean = this === other || other is CheckoutSessionSubscription && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "CheckoutSessionSubscription(id=$id, status=$status, recurrence=$recurrence, amount=$amount, currency=$currency)"

    internal companion object
}

/** One page of checkout sessions; see [CustomerPage] for the meaning of the fields. */
@Serializable
public class CheckoutSessionPage internal constructor(
    /** The total number of sessions matching the query, over all pages: the number as sent, exactly, or `null` (typed: [count]). */
    @SerialName("count") @Serializable(with = FieldTextSerializer::class) public val countText: String? = null,
    /** The absolute URL of the next page, or `null` on the last page. */
    public val next: String? = null,
    /** The absolute URL of the previous page, or `null` on the first page. */
    public val previous: String? = null,
    /** The sessions of this page. */
    public val results: List<CheckoutSessionDetails> = emptyList(),
) {
    /** The total number of sessions matching the query, over all pages, read from [countText]: 0 when absent or not a number; a value beyond `Long` is held at its nearest bound (the exact text is kept). */
    @Transient public val count: Long = WireNumbers.longOrNull(countText) ?: 0

    override fun equals(other: Any?): Boolean = this === other ||
        other is CheckoutSessionPage && count == other.count && next == other.next && previous == other.previous && results == other.results

    override fun hashCode(): Int = listOf(count, next, previous, results).hashCode()

    override fun toString(): String = "CheckoutSessionPage(count=$count, next=$next, previous=$previous, results=$results)"

    internal companion object
}
