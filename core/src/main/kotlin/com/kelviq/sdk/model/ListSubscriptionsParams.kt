package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.putIfSet
import com.kelviq.sdk.internal.validation.Checks
import java.time.Instant
import java.time.LocalDate
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject

/**
 * Parameters of `subscriptions().list` and `listAll`: `GET /subscriptions/?customer_id=&status=&page=&page_size=`.
 *
 * ```java
 * ListSubscriptionsParams params = ListSubscriptionsParams.builder().customerId("c1").status("active", "trialing").build();
 * ```
 */
public class ListSubscriptionsParams private constructor(
    /** Only this customer's subscriptions, when set. */
    public val customerId: String?,
    /** Only subscriptions in these statuses (sent comma-separated), when set. */
    public val status: List<String>?,
    /** The page number, from 1. Ignored by `listAll`. */
    public val page: Int?,
    /** Subscriptions per page, 1..100. */
    public val pageSize: Int?,
) {
    internal fun toQuery(): List<Pair<String, String>> = buildList {
        customerId?.let { add("customer_id" to it) }
        status?.let { add("status" to it.joinToString(",")) }
        page?.let { add("page" to it.toString()) }
        pageSize?.let { add("page_size" to it.toString()) }
    }

    /** These parameters with another [page]. */
    public fun withPage(page: Int?): ListSubscriptionsParams =
        ListSubscriptionsParams(customerId, status, Checks.optionalPage("page", page), pageSize)

    override fun equals(other: Any?): Boolean = other is ListSubscriptionsParams && other.toQuery() == toQuery()
    override fun hashCode(): Int = toQuery().hashCode()
    override fun toString(): String =
        "ListSubscriptionsParams(customerId=$customerId, status=$status, page=$page, pageSize=$pageSize)"

    /** Builds [ListSubscriptionsParams]; every field is optional. */
    public class Builder internal constructor() {
        private var customerId: String? = null
        private var status: List<String>? = null
        private var page: Int? = null
        private var pageSize: Int? = null

        /** Only this customer's subscriptions. */
        public fun customerId(customerId: String?): Builder = apply { this.customerId = customerId }
        /** Only these statuses, e.g. `active`, `trialing`. */
        public fun status(vararg status: String): Builder = apply { this.status = status.toList() }
        /** Only these statuses. */
        public fun status(status: List<String>?): Builder = apply { this.status = status?.toList() }
        /** The page number, from 1. */
        public fun page(page: Int): Builder = apply { this.page = page }
        /** Subscriptions per page, 1..100. */
        public fun pageSize(pageSize: Int): Builder = apply { this.pageSize = pageSize }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ListSubscriptionsParams {
            status?.forEach { Checks.id("status", it); if (',' in it) throw KelviqValidationException("status", "each status is one value without commas, was '$it'") }
            return ListSubscriptionsParams(
                customerId?.let { Checks.id("customerId", it) },
                status?.takeIf { it.isNotEmpty() },
                Checks.optionalPage("page", page),
                Checks.optionalPageSize("pageSize", pageSize),
            )
        }
    }

    /** Factories. */
    public companion object {
        /** No filter, first page, the server's page size. */
        @JvmField
        public val DEFAULT: ListSubscriptionsParams = ListSubscriptionsParams(null, null, null, null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
