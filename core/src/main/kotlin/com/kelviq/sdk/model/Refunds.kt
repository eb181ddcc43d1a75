@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.PrimitiveAsStringSerializer
import com.kelviq.sdk.internal.json.WireNumbers
import com.kelviq.sdk.internal.json.putIfSet
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.internal.validation.DateRangeQuery
import java.math.BigDecimal
import java.time.LocalDate
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.JsonUnquotedLiteral
import kotlinx.serialization.json.buildJsonObject

/** Why a refund is made (`reason` of `refunds().create`); the server defaults to [REQUESTED_BY_CUSTOMER]. */
public enum class RefundReason {
    /** A duplicate payment. */
    DUPLICATE,

    /** A fraudulent payment. */
    FRAUDULENT,

    /** The customer asked for it. */
    REQUESTED_BY_CUSTOMER,

    /** Any other reason. */
    OTHER,
}

/** A refund's status, to filter `refunds().list` by. Responses keep the status as a string. */
public enum class RefundStatus {
    /** Not started yet. */
    PENDING,

    /** Being processed. */
    PROCESSING,

    /** Refunded. */
    SUCCEEDED,

    /** Failed (see [Refund.failureReason]). */
    FAILED,

    /** Canceled. */
    CANCELED,
}

/**
 * Parameters of `refunds().create`: `POST /refunds/`. Give [amountUnits] (minor units, e.g. cents) or [amount]
 * (major units), not both, or neither for the order's whole amount.
 *
 * ```java
 * CreateRefundParams params = CreateRefundParams.builder().orderId("ORD-1").amountUnits(500).reason(RefundReason.DUPLICATE).build();
 * ```
 */
public class CreateRefundParams private constructor(b: Builder) {
    /** The order refunded. Required. */
    public val orderId: String = Checks.id("orderId", b.orderId)

    /** The amount in the currency's minor unit (cents), positive, when set. */
    public val amountUnits: Long? = b.amountUnits?.also { if (it <= 0) throw KelviqValidationException("amountUnits", "must be positive, was $it") }

    /** The amount in the currency's major unit, positive, when set. */
    public val amount: BigDecimal? = b.amount?.also { if (it.signum() <= 0) throw KelviqValidationException("amount", "must be positive, was $it") }

    /** Why, when set. */
    public val reason: RefundReason? = b.reason

    /** An internal note, when set. */
    public val internalNote: String? = Checks.optionalText("internalNote", b.internalNote)

    init {
        if (amountUnits != null && amount != null) throw KelviqValidationException("amountUnits, amount", "give one of amountUnits and amount, not both")
    }

    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("orderId", orderId)
        amountUnits?.let { put("amountUnits", JsonPrimitive(it)) }
        amount?.let { put("amount", JsonUnquotedLiteral(it.toPlainString())) } // the decimal exactly as given
        putIfSet("reason", reason?.name)
        putIfSet("internalNote", internalNote)
    }

    override fun equals(other: Any?): Boolean = other is CreateRefundParams && other.toJson() == toJson()

    override fun hashCode(): Int = toJson().hashCode()

    override fun toString(): String = "CreateRefundParams${toJson()}"

    /** Builds [CreateRefundParams]; [orderId] is required. */
    public class Builder internal constructor() {
        internal var orderId: String? = null
        internal var amountUnits: Long? = null
        internal var amount: BigDecimal? = null
        internal var reason: RefundReason? = null
        internal var internalNote: String? = null

        /** The order. Required. */
        public fun orderId(orderId: String): Builder = apply { this.orderId = orderId }

        /** The amount in minor units (cents), positive. */
        public fun amountUnits(amountUnits: Long): Builder = apply { this.amountUnits = amountUnits }

        /** The amount in major units, positive. */
        public fun amount(amount: BigDecimal?): Builder = apply { this.amount = amount }

        /** Why. */
        public fun reason(reason: RefundReason?): Builder = apply { this.reason = reason }

        /** An internal note. */
        public fun internalNote(internalNote: String?): Builder = apply { this.internalNote = internalNote }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): CreateRefundParams = CreateRefundParams(this)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/** Parameters of `refunds().list` and `listAll`: `GET /refunds/?search=&status=&start_date=&end_date=&page=&page_size=`. */
public class ListRefundsParams private constructor(
    /** A search text, when set. */
    public val search: String?,
    /** Only refunds in this status, when set. */
    public val status: RefundStatus?,
    /** Only refunds from this date on, when set. */
    public val startDate: LocalDate?,
    /** Only refunds up to this date, when set. */
    public val endDate: LocalDate?,
    /** The page number, from 1. Ignored by `listAll`. */
    public val page: Int?,
    /** Refunds per page, 1..100. */
    public val pageSize: Int?,
) {
    internal fun toQuery(): List<Pair<String, String>> = DateRangeQuery.of(search, status?.name, startDate, endDate, page, pageSize)

    /** These parameters with another [page]. */
    public fun withPage(page: Int?): ListRefundsParams =
        ListRefundsParams(search, status, startDate, endDate, Checks.optionalPage("page", page), pageSize)

    override fun equals(other: Any?): Boolean = other is ListRefundsParams && other.toQuery() == toQuery()

    override fun hashCode(): Int = toQuery().hashCode()

    override fun toString(): String = "ListRefundsParams${toQuery()}"

    /** Builds [ListRefundsParams]; every field is optional. */
    public class Builder internal constructor() {
        private var search: String? = null
        private var status: RefundStatus? = null
        private var startDate: LocalDate? = null
        private var endDate: LocalDate? = null
        private var page: Int? = null
        private var pageSize: Int? = null

        /** A search text. */
        public fun search(search: String?): Builder = apply { this.search = search }

        /** Only this status. */
        public fun status(status: RefundStatus?): Builder = apply { this.status = status }

        /** From this date on. */
        public fun startDate(startDate: LocalDate?): Builder = apply { this.startDate = startDate }

        /** Up to this date. */
        public fun endDate(endDate: LocalDate?): Builder = apply { this.endDate = endDate }

        /** The page number, from 1. */
        public fun page(page: Int): Builder = apply { this.page = page }

        /** Refunds per page, 1..100. */
        public fun pageSize(pageSize: Int): Builder = apply { this.pageSize = pageSize }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ListRefundsParams {
            DateRangeQuery.checkRange(startDate, endDate)
            return ListRefundsParams(
                Checks.optionalText("search", search), status, startDate, endDate, Checks.optionalPage("page", page),
                Checks.optionalPageSize("pageSize", pageSize),
            )
        }
    }

    /** Factories. */
    public companion object {
        /** No filter, first page, the server's page size. */
        @JvmField
        public val DEFAULT: ListRefundsParams = ListRefundsParams(null, null, null, null, null, null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/** A refund. Immutable; equal when every field is. */
@Serializable
public class Refund internal constructor(
    /** The refund's id. */
    public val id: String,
    /** The reason as sent (`DUPLICATE`, `DASHBOARD_INITIATED`, `FRAUDULENT`, ...), or `null`. */
    public val reason: String? = null,
    /** The amount in minor units, or `null`. */
    public val amountUnits: Long? = null,
    /** The amount in major units as a decimal string, exactly as sent, or `null`; see [amountDecimal]. */
    @Serializable(with = PrimitiveAsStringSerializer::class) public val amount: String? = null,
    /** The internal note, or `null`. */
    public val internalNote: String? = null,
    /** Why it failed, or `null`. */
    public val failureReason: String? = null,
    /** The status as sent: `PENDING`, `PROCESSING`, `SUCCEEDED`, `FAILED`, `CANCELED`, or one added later. */
    public val status: String? = null,
    /** The refunded order as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val order: Map<String, Any?> = emptyMap(),
) {
    /** [amount] as a [BigDecimal], or `null`. */
    public fun amountDecimal(): BigDecimal? = amount?.toBigDecimalOrNull()

    private fun values() = listOf(id, reason, amountUnits, amount, internalNote, failureReason, status, order)

    override fun equals(other: Any?): Boolean = this === other || other is Refund && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "Refund(id=$id, status=$status, amountUnits=$amountUnits, amount=$amount, reason=$reason, failureReason=$failureReason)"

    internal companion object
}

/** One page of refunds; see [CustomerPage] for the meaning of the fields. */
@Serializable
public class RefundPage internal constructor(
    /** The total number of refunds matching the query, over all pages: the number as sent, exactly, or `null` (typed: [count]). */
    @SerialName("count") @Serializable(with = FieldTextSerializer::class) public val countText: String? = null,
    /** The absolute URL of the next page, or `null` on the last page. */
    public val next: String? = null,
    /** The absolute URL of the previous page, or `null` on the first page. */
    public val previous: String? = null,
    /** The refunds of this page. */
    public val results: List<Refund> = emptyList(),
) {
    /** The total number of refunds matching the query, over all pages, read from [countText]: 0 when absent or not a number; a value beyond `Long` is held at its nearest bound (the exact text is kept). */
    @Transient public val count: Long = WireNumbers.longOrNull(countText) ?: 0

    override fun equals(other: Any?): Boolean = this === other ||
        other is RefundPage && count == other.count && next == other.next && previous == other.previous && results == other.results

    override fun hashCode(): Int = listOf(count, next, previous, results).hashCode()

    override fun toString(): String = "RefundPage(count=$count, next=$next, previous=$previous, results=$results)"

    internal companion object
}
