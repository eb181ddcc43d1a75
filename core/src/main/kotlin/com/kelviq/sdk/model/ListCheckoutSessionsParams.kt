package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.internal.validation.DateRangeQuery
import java.time.LocalDate

/**
 * Parameters of `checkout().listSessions` and `listAllSessions`:
 * `GET /checkout/sessions/?search=&status=&start_date=&end_date=&page=&page_size=`, only those set, in that order.
 */
public class ListCheckoutSessionsParams private constructor(
    /** A search text, when set. */
    public val search: String?,
    /** Only sessions in this status (e.g. `open`; sent as given), when set. */
    public val status: String?,
    /** Only sessions from this date on, when set. */
    public val startDate: LocalDate?,
    /** Only sessions up to this date, when set. */
    public val endDate: LocalDate?,
    /** The page number, from 1. Ignored by `listAllSessions`. */
    public val page: Int?,
    /** Sessions per page, 1..100. */
    public val pageSize: Int?,
) {
    internal fun toQuery(): List<Pair<String, String>> = DateRangeQuery.of(search, status, startDate, endDate, page, pageSize)

    /** These parameters with another [page]. */
    public fun withPage(page: Int?): ListCheckoutSessionsParams =
        ListCheckoutSessionsParams(search, status, startDate, endDate, Checks.optionalPage("page", page), pageSize)

    override fun equals(other: Any?): Boolean = other is ListCheckoutSessionsParams && other.toQuery() == toQuery()

    override fun hashCode(): Int = toQuery().hashCode()

    override fun toString(): String = "ListCheckoutSessionsParams${toQuery()}"

    /** Builds [ListCheckoutSessionsParams]; every field is optional. */
    public class Builder internal constructor() {
        private var search: String? = null
        private var status: String? = null
        private var startDate: LocalDate? = null
        private var endDate: LocalDate? = null
        private var page: Int? = null
        private var pageSize: Int? = null

        /** A search text. */
        public fun search(search: String?): Builder = apply { this.search = search }

        /** Only this status, e.g. `open`. */
        public fun status(status: String?): Builder = apply { this.status = status }

        /** From this date on. */
        public fun startDate(startDate: LocalDate?): Builder = apply { this.startDate = startDate }

        /** Up to this date. */
        public fun endDate(endDate: LocalDate?): Builder = apply { this.endDate = endDate }

        /** The page number, from 1. */
        public fun page(page: Int): Builder = apply { this.page = page }

        /** Sessions per page, 1..100. */
        public fun pageSize(pageSize: Int): Builder = apply { this.pageSize = pageSize }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ListCheckoutSessionsParams {
            DateRangeQuery.checkRange(startDate, endDate)
            return ListCheckoutSessionsParams(
                Checks.optionalText("search", search), Checks.optionalText("status", status), startDate, endDate,
                Checks.optionalPage("page", page), Checks.optionalPageSize("pageSize", pageSize),
            )
        }
    }

    /** Factories. */
    public companion object {
        /** No filter, first page, the server's page size. */
        @JvmField
        public val DEFAULT: ListCheckoutSessionsParams = ListCheckoutSessionsParams(null, null, null, null, null, null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
