@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.JavaJsonValueSerializer
import com.kelviq.sdk.internal.json.PrimitiveAsStringSerializer
import com.kelviq.sdk.internal.json.WireNumbers
import com.kelviq.sdk.internal.json.WireTime
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.internal.validation.DateRangeQuery
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient

/** A transaction's status, to filter `transactions().list` by (sent lower-case, as the API expects). */
public enum class TransactionStatus(
    /** The value sent: `success`, `failure` or `pending`. */
    public val wireValue: String,
) {
    /** `success`. */
    SUCCESS("success"),

    /** `failure`. */
    FAILURE("failure"),

    /** `pending`. */
    PENDING("pending"),
}

/** Parameters of `transactions().list` and `listAll`: `GET /transaction/?search=&status=&start_date=&end_date=&page=&page_size=`. */
public class ListTransactionsParams private constructor(
    /** A search text, when set. */
    public val search: String?,
    /** Only transactions in this status, when set. */
    public val status: TransactionStatus?,
    /** Only transactions from this date on, when set. */
    public val startDate: LocalDate?,
    /** Only transactions up to this date, when set. */
    public val endDate: LocalDate?,
    /** The page number, from 1. Ignored by `listAll`. */
    public val page: Int?,
    /** Transactions per page, 1..100. */
    public val pageSize: Int?,
) {
    internal fun toQuery(): List<Pair<String, String>> = DateRangeQuery.of(search, status?.wireValue, startDate, endDate, page, pageSize)

    /** These parameters with another [page]. */
    public fun withPage(page: Int?): ListTransactionsParams =
        ListTransactionsParams(search, status, startDate, endDate, Checks.optionalPage("page", page), pageSize)

    override fun equals(other: Any?): Boolean = other is ListTransactionsParams && other.toQuery() == toQuery()

    override fun hashCode(): Int = toQuery().hashCode()

    override fun toString(): String = "ListTransactionsParams${toQuery()}"

    /** Builds [ListTransactionsParams]; every field is optional. */
    public class Builder internal constructor() {
        private var search: String? = null
        private var status: TransactionStatus? = null
        private var startDate: LocalDate? = null
        private var endDate: LocalDate? = null
        private var page: Int? = null
        private var pageSize: Int? = null

        /** A search text. */
        public fun search(search: String?): Builder = apply { this.search = search }

        /** Only this status. */
        public fun status(status: TransactionStatus?): Builder = apply { this.status = status }

        /** From this date on. */
        public fun startDate(startDate: LocalDate?): Builder = apply { this.startDate = startDate }

        /** Up to this date. */
        public fun endDate(endDate: LocalDate?): Builder = apply { this.endDate = endDate }

        /** The page number, from 1. */
        public fun page(page: Int): Builder = apply { this.page = page }

        /** Transactions per page, 1..100. */
        public fun pageSize(pageSize: Int): Builder = apply { this.pageSize = pageSize }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ListTransactionsParams {
            DateRangeQuery.checkRange(startDate, endDate)
            return ListTransactionsParams(
                Checks.optionalText("search", search), status, startDate, endDate, Checks.optionalPage("page", page),
                Checks.optionalPageSize("pageSize", pageSize),
            )
        }
    }

    /** Factories. */
    public companion object {
        /** No filter, first page, the server's page size. */
        @JvmField
        public val DEFAULT: ListTransactionsParams = ListTransactionsParams(null, null, null, null, null, null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/** A money movement (charge, refund, payout, ...). Decimal amounts are kept as sent; see the `*Decimal()` accessors. */
@Serializable
public class Transaction internal constructor(
    /** The transaction's id. */
    public val id: String,
    /** The order as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val order: Map<String, Any?> = emptyMap(),
    /** When it was created: the text as sent, or `null` (typed: [createdOn]). */
    @SerialName("createdOn") @Serializable(with = FieldTextSerializer::class) public val createdOnText: String? = null,
    /** The currency code, or `null`. */
    public val currency: String? = null,
    /** The currency symbol, or `null`. */
    public val currencySymbol: String? = null,
    /** The total as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amountTotal: String? = null,
    /** The merchant-of-record fee as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val morFee: String? = null,
    /** The fee's breakdown as plain JSON values, or `null`. */
    @Serializable(with = JavaJsonValueSerializer::class) public val morFeeBreakdown: Any? = null,
    /** The tax collected as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val collectedTax: String? = null,
    /** The net payout as a decimal string, or `null`. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val netPayout: String? = null,
    /** The status as sent: `success`, `failure`, `pending`, or one added later. */
    public val status: String? = null,
    /** The type as sent: `CHARGE`, `REFUND`, `CHARGEBACK`, `PAYOUT`, ... */
    public val transactionType: String? = null,
    /** The payment method's type, or `null`. */
    public val paymentMethodType: String? = null,
    /** When the funds become available: the text as sent, or `null` (typed: [availableOn]). */
    @SerialName("availableOn") @Serializable(with = FieldTextSerializer::class) public val availableOnText: String? = null,
    /** Whether it is settled, or `null`. */
    public val isSettled: Boolean? = null,
    /** The payment method's name, or `null`. */
    public val paymentMethodName: String? = null,
    /** The card's last four digits, or `null`. */
    public val last4: String? = null,
) {
    /** When it was created, read from [createdOnText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val createdOn: Instant? = WireTime.instantOrNull(createdOnText)
    /** When the funds become available, read from [availableOnText]: `null` when absent or not a date (the text is kept). */
    @Transient public val availableOn: LocalDate? = WireTime.dateOrNull(availableOnText)

    /** [amountTotal] as a [BigDecimal], or `null`. */
    public fun amountTotalDecimal(): BigDecimal? = amountTotal?.toBigDecimalOrNull()

    /** [netPayout] as a [BigDecimal], or `null`. */
    public fun netPayoutDecimal(): BigDecimal? = netPayout?.toBigDecimalOrNull()

    private fun values() = listOf(
        id, order, createdOnText, currency, currencySymbol, amountTotal, morFee, morFeeBreakdown, collectedTax, netPayout, status,
        transactionType, paymentMethodType, availableOnText, isSettled, paymentMethodName, last4,
    )

    override fun equals(other: Any?): Boolean = this === other || other is Transaction && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "Transaction(id=$id, transactionType=$transactionType, status=$status, amountTotal=$amountTotal, currency=$currency, createdOn=$createdOn)"

    internal companion object
}

/** One page of transactions; see [CustomerPage] for the meaning of the fields. */
@Serializable
public class TransactionPage internal constructor(
    /** The total number of transactions matching the query, over all pages: the number as sent, exactly, or `null` (typed: [count]). */
    @SerialName("count") @Serializable(with = FieldTextSerializer::class) public val countText: String? = null,
    /** The absolute URL of the next page, or `null` on the last page. */
    public val next: String? = null,
    /** The absolute URL of the previous page, or `null` on the first page. */
    public val previous: String? = null,
    /** The transactions of this page. */
    public val results: List<Transaction> = emptyList(),
) {
    /** The total number of transactions matching the query, over all pages, read from [countText]: 0 when absent or not a number; a value beyond `Long` is held at its nearest bound (the exact text is kept). */
    @Transient public val count: Long = WireNumbers.longOrNull(countText) ?: 0

    override fun equals(other: Any?): Boolean = this === other ||
        other is TransactionPage && count == other.count && next == other.next && previous == other.previous && results == other.results

    override fun hashCode(): Int = listOf(count, next, previous, results).hashCode()

    override fun toString(): String = "TransactionPage(count=$count, next=$next, previous=$previous, results=$results)"

    internal companion object
}
