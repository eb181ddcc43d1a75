package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.internal.validation.DateRangeQuery
import java.time.LocalDate

/** An order's status, to filter `orders().list` by. Responses keep the status as a string. */
public enum class OrderStatus {
    /** Not paid yet. */
    PENDING,

    /** Paid. */
    COMPLETE,

    /** The payment failed. */
    FAILED,

    /** Refunded in full. */
    REFUNDED,

    /** Refunded in part. */
    PARTIAL_REFUND,

    /** Cancelled. */
    CANCELLED,

    /** Flagged as fraudulent. */
    FRAUDULENT,
}

/** How an order is billed, to filter `orders().list` by. Responses keep the billing type as a string. */
public enum class BillingType {
    /** A one-time purchase. */
    ONE_TIME,

    /** A subscription. */
    SUBSCRIPTION,
}

/**
 * Parameters of `orders().list` and `listAll`: `GET /orders/?search=&status=&billing_type=&is_renewal=&start_date=&end_date=&page=&page_size=`,
 * only those set, in that order.
 */
public class ListOrdersParams private constructor(
    /** A search text, when set. */
    public val search: String?,
    /** Only orders in this status, when set. */
    public val status: OrderStatus?,
    /** Only orders billed this way, when set. */
    public val billingType: BillingType?,
    /** Only renewals (`true`) or only first purchases (`false`), when set. */
    public val isRenewal: Boolean?,
    /** Only orders from this date on, when set. */
    public val startDate: LocalDate?,
    /** Only orders up to this date, when set. */
    public val endDate: LocalDate?,
    /** The page number, from 1. Ignored by `listAll`. */
    public val page: Int?,
    /** Orders per page, 1..100. */
    public val pageSize: Int?,
) {
    internal fun toQuery(): List<Pair<String, String>> = DateRangeQuery.of(
        search, status?.name, startDate, endDate, page, pageSize,
        afterStatus = listOfNotNull(billingType?.let { "billing_type" to it.name }, isRenewal?.let { "is_renewal" to it.toString() }),
    )

    /** These parameters with another [page]. */
    public fun withPage(page: Int?): ListOrdersParams =
        ListOrdersParams(search, status, billingType, isRenewal, startDate, endDate, Checks.optionalPage("page", page), pageSize)

    override fun equals(other: Any?): Boolean = other is ListOrdersParams && other.toQuery() == toQuery()

    override fun hashCode(): Int = toQuery().hashCode()

    override fun toString(): String = "ListOrdersParams${toQuery()}"

    /** Builds [ListOrdersParams]; every field is optional. */
    public class Builder internal constructor() {
        private var search: String? = null
        private var status: OrderStatus? = null
        private var billingType: BillingType? = null
        private var isRenewal: Boolean? = null
        private var startDate: LocalDate? = null
        private var endDate: LocalDate? = null
        private var page: Int? = null
        private var pageSize: Int? = null

        /** A search text. */
        public fun search(search: String?): Builder = apply { this.search = search }

        /** Only this status. */
        public fun status(status: OrderStatus?): Builder = apply { this.status = status }

        /** Only this billing type. */
        public fun billingType(billingType: BillingType?): Builder = apply { this.billingType = billingType }

        /** Only renewals (`true`) or only first purchases (`false`). */
        public fun isRenewal(isRenewal: Boolean?): Builder = apply { this.isRenewal = isRenewal }

        /** From this date on. */
        public fun startDate(startDate: LocalDate?): Builder = apply { this.startDate = startDate }

        /** Up to this date. */
        public fun endDate(endDate: LocalDate?): Builder = apply { this.endDate = endDate }

        /** The page number, from 1. */
        public fun page(page: Int): Builder = apply { this.page = page }

        /** Orders per page, 1..100. */
        public fun pageSize(pageSize: Int): Builder = apply { this.pageSize = pageSize }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ListOrdersParams {
            DateRangeQuery.checkRange(startDate, endDate)
            return ListOrdersParams(
                Checks.optionalText("search", search), status, billingType, isRenewal, startDate, endDate,
                Checks.optionalPage("page", page), Checks.optionalPageSize("pageSize", pageSize),
            )
        }
    }

    /** Factories. */
    public companion object {
        /** No filter, first page, the server's page size. */
        @JvmField
        public val DEFAULT: ListOrdersParams = ListOrdersParams(null, null, null, null, null, null, null, null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Paging of the event lists (`orders().listEvents`, `checkout().listSessionEvents`): `?page=&page_size=`, only
 * those set.
 */
public class ListEventsParams private constructor(
    /** The page number, from 1. Ignored by the lazy walks. */
    public val page: Int?,
    /** Events per page, 1..100. */
    public val pageSize: Int?,
) {
    internal fun toQuery(): List<Pair<String, String>> = DateRangeQuery.of(null, null, null, null, page, pageSize)

    /** These parameters with another [page]. */
    public fun withPage(page: Int?): ListEventsParams = ListEventsParams(Checks.optionalPage("page", page), pageSize)

    override fun equals(other: Any?): Boolean = other is ListEventsParams && other.toQuery() == toQuery()

    override fun hashCode(): Int = toQuery().hashCode()

    override fun toString(): String = "ListEventsParams${toQuery()}"

    /** Builds [ListEventsParams]; every field is optional. */
    public class Builder internal constructor() {
        private var page: Int? = null
        private var pageSize: Int? = null

        /** The page number, from 1. */
        public fun page(page: Int): Builder = apply { this.page = page }

        /** Events per page, 1..100. */
        public fun pageSize(pageSize: Int): Builder = apply { this.pageSize = pageSize }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ListEventsParams =
            ListEventsParams(Checks.optionalPage("page", page), Checks.optionalPageSize("pageSize", pageSize))
    }

    /** Factories. */
    public companion object {
        /** First page, the server's page size. */
        @JvmField
        public val DEFAULT: ListEventsParams = ListEventsParams(null, null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
