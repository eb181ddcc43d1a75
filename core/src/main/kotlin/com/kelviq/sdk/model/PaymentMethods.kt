package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.BillingAddressSerializer
import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.WireNumbers
import com.kelviq.sdk.internal.json.WireTime
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.internal.validation.DateRangeQuery
import java.time.Instant
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient

/** Parameters of `paymentMethods().list` and `listAll`: `GET /payment-methods/?customer_id=&customer_email=&page=&page_size=`, only those set. */
public class ListPaymentMethodsParams private constructor(
    /** Only this customer's methods (your customer id), when set. */
    public val customerId: String?,
    /** Only the methods of the customer with this e-mail address, when set. */
    public val customerEmail: String?,
    /** The page number, from 1. Ignored by `listAll`. */
    public val page: Int?,
    /** Methods per page, 1..100. */
    public val pageSize: Int?,
) {
    internal fun toQuery(): List<Pair<String, String>> =
        listOfNotNull(customerId?.let { "customer_id" to it }, customerEmail?.let { "customer_email" to it }) +
            DateRangeQuery.of(null, null, null, null, page, pageSize)

    /** These parameters with another [page]. */
    public fun withPage(page: Int?): ListPaymentMethodsParams =
        ListPaymentMethodsParams(customerId, customerEmail, Checks.optionalPage("page", page), pageSize)

    override fun equals(other: Any?): Boolean = other is ListPaymentMethodsParams && other.toQuery() == toQuery()

    override fun hashCode(): Int = toQuery().hashCode()

    override fun toString(): String = "ListPaymentMethodsParams${toQuery()}"

    /** Builds [ListPaymentMethodsParams]; every field is optional. */
    public class Builder internal constructor() {
        private var customerId: String? = null
        private var customerEmail: String? = null
        private var page: Int? = null
        private var pageSize: Int? = null

        /** Only this customer's methods. */
        public fun customerId(customerId: String?): Builder = apply { this.customerId = customerId }

        /** Only the methods of the customer with this e-mail address. */
        public fun customerEmail(customerEmail: String?): Builder = apply { this.customerEmail = customerEmail }

        /** The page number, from 1. */
        public fun page(page: Int): Builder = apply { this.page = page }

        /** Methods per page, 1..100. */
        public fun pageSize(pageSize: Int): Builder = apply { this.pageSize = pageSize }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ListPaymentMethodsParams = ListPaymentMethodsParams(
            customerId?.let { Checks.id("customerId", it) }, Checks.optionalEmail("customerEmail", customerEmail),
            Checks.optionalPage("page", page), Checks.optionalPageSize("pageSize", pageSize),
        )
    }

    /** Factories. */
    public companion object {
        /** No filter, first page, the server's page size. */
        @JvmField
        public val DEFAULT: ListPaymentMethodsParams = ListPaymentMethodsParams(null, null, null, null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/** A saved payment method (`paymentMethods().list`). */
@Serializable
public class PaymentMethod internal constructor(
    /** The method's id. */
    public val id: Long,
    /** Whose method it is, or `null`. */
    public val customer: PaymentMethodCustomer? = null,
    /** The type, e.g. `card`, or `null`. */
    public val methodType: String? = null,
    /** The type's details as plain JSON values (for a card: `brand`, `last4`, `expMonth`, `expYear`, ...). */
    @Serializable(with = JavaJsonMapSerializer::class) public val methodData: Map<String, Any?> = emptyMap(),
    /** Whether it is the customer's default, or `null`. */
    public val isDefault: Boolean? = null,
    /** The status as sent: `succeeded`, `requires_action`, or one added later. */
    public val status: String? = null,
    /** When it was saved: the text as sent, or `null` (typed: [createdOn]). */
    @SerialName("createdOn") @Serializable(with = FieldTextSerializer::class) public val createdOnText: String? = null,
    /** When it last changed: the text as sent, or `null` (typed: [modifiedOn]). */
    @SerialName("modifiedOn") @Serializable(with = FieldTextSerializer::class) public val modifiedOnText: String? = null,
) {
    /** When it was saved, read from [createdOnText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val createdOn: Instant? = WireTime.instantOrNull(createdOnText)
    /** When it last changed, read from [modifiedOnText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val modifiedOn: Instant? = WireTime.instantOrNull(modifiedOnText)

    private fun values() = listOf(id, customer, methodType, methodData, isDefault, status, createdOnText, modifiedOnText)

    override fun equals(other: Any?): Boolean = this === other || other is PaymentMethod && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "PaymentMethod(id=$id, customer=${customer?.customerId}, methodType=$methodType, isDefault=$isDefault, status=$status)"

    internal companion object
}

/** The customer a payment method belongs to. */
@Serializable
public class PaymentMethodCustomer internal constructor(
    /** Your id of the customer. */
    public val customerId: String,
    /** The name, or `null`. */
    public val name: String? = null,
    /** The e-mail address, or `null`. */
    public val email: String? = null,
    /** The billing address, or `null`. */
    @Serializable(with = BillingAddressSerializer::class) public val billingAddress: BillingAddress? = null,
) {
    private fun values() = listOf(customerId, name, email, billingAddress)

    override fun equals(other: Any?): Boolean = this === other || other is PaymentMethodCustomer && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String = "PaymentMethodCustomer(customerId=$customerId, name=$name, email=$email, billingAddress=$billingAddress)"

    internal companion object
}

/** One page of payment methods; see [CustomerPage] for the meaning of the fields. */
@Serializable
public class PaymentMethodPage internal constructor(
    /** The total number of methods matching the query, over all pages: the number as sent, exactly, or `null` (typed: [count]). */
    @SerialName("count") @Serializable(with = FieldTextSerializer::class) public val countText: String? = null,
    /** The absolute URL of the next page, or `null` on the last page. */
    public val next: String? = null,
    /** The absolute URL of the previous page, or `null` on the first page. */
    public val previous: String? = null,
    /** The methods of this page. */
    public val results: List<PaymentMethod> = emptyList(),
) {
    /** The total number of methods matching the query, over all pages, read from [countText]: 0 when absent or not a number; a value beyond `Long` is held at its nearest bound (the exact text is kept). */
    @Transient public val count: Long = WireNumbers.longOrNull(countText) ?: 0

    override fun equals(other: Any?): Boolean = this === other ||
        other is PaymentMethodPage && count == other.count && next == other.next && previous == other.previous && results == other.results

    override fun hashCode(): Int = listOf(count, next, previous, results).hashCode()

    override fun toString(): String = "PaymentMethodPage(count=$count, next=$next, previous=$previous, results=$results)"

    internal companion object
}
