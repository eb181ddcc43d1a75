package com.kelviq.sdk.internal.validation

import com.kelviq.sdk.errors.KelviqValidationException
import java.time.LocalDate

/**
 * The query of the lists filtered by text, status and a date range (refunds, transactions, and later orders and
 * checkout sessions): `search`, `status`, then [afterStatus] (the orders' `billing_type`, `is_renewal`), `start_date`, `end_date` (`yyyy-MM-dd`), `page`, `page_size`, in that
 * order, only those set.
 */
internal object DateRangeQuery {
    fun of(
        search: String?,
        status: String?,
        startDate: LocalDate?,
        endDate: LocalDate?,
        page: Int?,
        pageSize: Int?,
        afterStatus: List<Pair<String, String>> = emptyList(),
    ): List<Pair<String, String>> =
        buildList {
            search?.let { add("search" to it) }
            status?.let { add("status" to it) }
            addAll(afterStatus)
            startDate?.let { add("start_date" to it.toString()) }
            endDate?.let { add("end_date" to it.toString()) }
            page?.let { add("page" to it.toString()) }
            pageSize?.let { add("page_size" to it.toString()) }
        }

    /** Refuses an [endDate] before [startDate], naming `endDate`. */
    fun checkRange(startDate: LocalDate?, endDate: LocalDate?) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw KelviqValidationException("endDate", "must not be before startDate ($startDate), was $endDate")
        }
    }
}
