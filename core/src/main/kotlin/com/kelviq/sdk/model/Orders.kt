package com.kelviq.sdk.model

import com.kelviq.sdk.internal.json.BillingAddressSerializer
import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.JavaJsonValueSerializer
import com.kelviq.sdk.internal.json.PrimitiveAsStringSerializer
import com.kelviq.sdk.internal.json.WireNumbers
import com.kelviq.sdk.internal.json.WireTime
import java.math.BigDecimal
import java.time.Instant
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient

/**
 * An order (`orders().list`, `retrieve`). Amounts come twice: as decimal strings exactly as sent (`amountTotal`,
 * with `*Decimal()` accessors) and in minor units (`amountTotalUnits`). The catalog objects (`product`, `plan`) and
 * the licenses are plain Java JSON values (Map, List, String, Long, Double or BigDecimal, Boolean).
 */
@Serializable
public class Order internal constructor(
    /** The order's id, e.g. `ORD-20260729103000-AB3K9`. */
    public val id: String,
    /** Who bought, or `null`. */
    public val customer: OrderCustomer? = null,
    /** The product as plain JSON values (`id`, `identifier`, `name`, `description`, `taxCode`, `images`, ...). */
    @Serializable(with = JavaJsonMapSerializer::class) public val product: Map<String, Any?> = emptyMap(),
    /** The status as sent: `PENDING`, `COMPLETE`, `FAILED`, `REFUNDED`, `PARTIAL_REFUND`, `CANCELLED`, `FRAUDULENT`, or one added later. */
    public val status: String? = null,
    /** When it was paid: the text as sent, or `null` (typed: [paidAt]). */
    @SerialName("paidAt") @Serializable(with = FieldTextSerializer::class) public val paidAtText: String? = null,
    /** The subtotal as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amountSubtotal: String? = null,
    /** The discount as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amountDiscount: String? = null,
    /** The tax as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amountTax: String? = null,
    /** The total as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amountTotal: String? = null,
    /** The sale currency, e.g. `USD`, or `null`. */
    public val saleCurrency: String? = null,
    /** The subtotal in minor units, or `null`. */
    public val amountSubtotalUnits: Long? = null,
    /** The discount in minor units, or `null`. */
    public val amountDiscountUnits: Long? = null,
    /** The tax in minor units, or `null`. */
    public val amountTaxUnits: Long? = null,
    /** The total in minor units, or `null`. */
    public val amountTotalUnits: Long? = null,
    /** What has been refunded so far, in minor units, or `null`. */
    public val refundedTotalUnits: Long? = null,
    /** The sale currency's symbol, or `null`. */
    public val saleCurrencySymbol: String? = null,
    /** The billing address, or `null`. */
    @Serializable(with = BillingAddressSerializer::class) public val billingAddress: BillingAddress? = null,
    /** The plan as plain JSON values (`identifier`, `name`, `version`, `license`, `links`, `files`, ...). */
    @Serializable(with = JavaJsonMapSerializer::class) public val plan: Map<String, Any?> = emptyMap(),
    /** The billing type as sent: `ONE_TIME`, `SUBSCRIPTION`, or `null`. */
    public val billingType: String? = null,
    /** The licenses issued with the order as plain JSON values (`licenseKey`, `activationLimit`, ...), or `null`. */
    @Serializable(with = JavaJsonValueSerializer::class) public val license: Any? = null,
    /** Whether it started a trial, or `null`. */
    public val isTrial: Boolean? = null,
    /** The subscription it belongs to, or `null`. */
    public val subscription: OrderSubscription? = null,
    /** The invoice's id, or `null`. */
    public val invoiceId: String? = null,
    /** The custom checkout fields as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val customFieldsData: Map<String, Any?> = emptyMap(),
    /** How it was paid, or `null`. */
    public val paymentMethod: OrderPaymentMethod? = null,
) {
    /** When it was paid, read from [paidAtText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val paidAt: Instant? = WireTime.instantOrNull(paidAtText)

    /** [amountTotal] as a [BigDecimal], or `null`. */
    public fun amountTotalDecimal(): BigDecimal? = amountTotal?.toBigDecimalOrNull()

    /** [amountSubtotal] as a [BigDecimal], or `null`. */
    public fun amountSubtotalDecimal(): BigDecimal? = amountSubtotal?.toBigDecimalOrNull()

    private fun values() = listOf(
        id, customer, product, status, paidAtText, amountSubtotal, amountDiscount, amountTax, amountTotal, saleCurrency,
        amountSubtotalUnits, amountDiscountUnits, amountTaxUnits, amountTotalUnits, refundedTotalUnits, saleCurrencySymbol,
        billingAddress, plan, billingType, license, isTrial, subscription, invoiceId, customFieldsData, paymentMethod,
    )

    override fun equals(other: Any?): Boolean = this === other || other is Order && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "Order(id=$id, status=$status, amountTotal=$amountTotal, saleCurrency=$saleCurrency, billingType=$billingType, paidAt=$paidAt)"

    internal companion object
}

/** The customer of an order or checkout session. */
@Serializable
public class OrderCustomer internal constructor(
    /** Your id of the customer. */
    public val customerId: String,
    /** The name, or `null`. */
    public val name: String? = null,
    /** The e-mail address, or `null`. */
    public val email: String? = null,
) {
    override fun equals(other: Any?): Boolean =
        this === other || other is OrderCustomer && customerId == other.customerId && name == other.name && email == other.email

    override fun hashCode(): Int = listOf(customerId, name, email).hashCode()

    override fun toString(): String = "OrderCustomer(customerId=$customerId, name=$name, email=$email)"

    internal companion object
}

/** How an order or checkout session was paid. */
@Serializable
public class OrderPaymentMethod internal constructor(
    /** The type, e.g. `card`, or `null`. */
    public val paymentMethodType: String? = null,
    /** The brand or name, e.g. `visa`, or `null`. */
    public val paymentMethodName: String? = null,
    /** The card's last four digits, or `null`. */
    public val last4: String? = null,
) {
    override fun equals(other: Any?): Boolean = this === other ||
        other is OrderPaymentMethod && paymentMethodType == other.paymentMethodType && paymentMethodName == other.paymentMethodName &&
        last4 == other.last4

    override fun hashCode(): Int = listOf(paymentMethodType, paymentMethodName, last4).hashCode()

    override fun toString(): String =
        "OrderPaymentMethod(paymentMethodType=$paymentMethodType, paymentMethodName=$paymentMethodName, last4=$last4)"

    internal companion object
}

/** The subscription an order belongs to, in short. */
@Serializable
public class OrderSubscription internal constructor(
    /** The subscription's id. */
    public val id: String,
    /** The status as sent, e.g. `active`, or `null`. */
    public val status: String? = null,
    /** The recurring amount as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amount: String? = null,
    /** The currency, or `null`. */
    public val currency: String? = null,
    /** The interval as sent, e.g. `month`, or `null`. */
    public val interval: String? = null,
    /** The currency's symbol, or `null`. */
    public val currencySymbol: String? = null,
    /** When the next invoice is due: the text as sent, or `null` (typed: [nextInvoiceDate]). */
    @SerialName("nextInvoiceDate") @Serializable(with = FieldTextSerializer::class) public val nextInvoiceDateText: String? = null,
) {
    /** When the next invoice is due, read from [nextInvoiceDateText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val nextInvoiceDate: Instant? = WireTime.instantOrNull(nextInvoiceDateText)

    /** [amount] as a [BigDecimal], or `null`. */
    public fun amountDecimal(): BigDecimal? = amount?.toBigDecimalOrNull()

    private fun values() = listOf(id, status, amount, currency, interval, currencySymbol, nextInvoiceDateText)

    override fun equals(other: Any?): Boolean = this === other || other is OrderSubscription && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "OrderSubscription(id=$id, status=$status, amount=$amount, currency=$currency, interval=$interval, nextInvoiceDate=$nextInvoiceDate)"

    internal companion object
}

/** One page of orders; see [CustomerPage] for the meaning of the fields. */
@Serializable
public class OrderPage internal constructor(
    /** The total number of orders matching the query, over all pages: the number as sent, exactly, or `null` (typed: [count]). */
    @SerialName("count") @Serializable(with = FieldTextSerializer::class) public val countText: String? = null,
    /** The absolute URL of the next page, or `null` on the last page. */
    public val next: String? = null,
    /** The absolute URL of the previous page, or `null` on the first page. */
    public val previous: String? = null,
    /** The orders of this page. */
    public val results: List<Order> = emptyList(),
) {
    /** The total number of orders matching the query, over all pages, read from [countText]: 0 when absent or not a number; a value beyond `Long` is held at its nearest bound (the exact text is kept). */
    @Transient public val count: Long = WireNumbers.longOrNull(countText) ?: 0

    override fun equals(other: Any?): Boolean = this === other ||
        other is OrderPage && count == other.count && next == other.next && previous == other.previous && results == other.results

    override fun hashCode(): Int = listOf(count, next, previous, results).hashCode()

    override fun toString(): String = "OrderPage(count=$count, next=$next, previous=$previous, results=$results)"

    internal companion object
}
