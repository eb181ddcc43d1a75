package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.BillingAddressSerializer
import com.kelviq.sdk.internal.json.KelviqJson
import com.kelviq.sdk.internal.json.putIfSet
import com.kelviq.sdk.internal.json.toJsonObject
import com.kelviq.sdk.internal.validation.Checks
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonObjectBuilder
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** The optional customer fields shared by create and update bodies; unset ones are omitted. */
private fun JsonObjectBuilder.putCustomerFields(
    email: String?,
    name: String?,
    metadata: Map<String, String>?,
    billingAddress: BillingAddress?,
) {
    putIfSet("email", email)
    putIfSet("name", name)
    putIfSet("metadata", metadata?.toJsonObject())
    putIfSet("billingAddress", billingAddress?.let { KelviqJson.encodeToJsonElement(BillingAddressSerializer, it) })
}

/**
 * Parameters of `customers().create`: `POST /customers/`.
 *
 * ```java
 * CreateCustomerParams params = CreateCustomerParams.builder()
 *     .customerId("c1")          // required
 *     .email("a@b.co").name("Ann").metadata(Map.of("k", "v"))
 *     .build();
 * ```
 */
public class CreateCustomerParams private constructor(
    /** Your identifier of the customer. Required, not blank. */
    public val customerId: String,
    /** The customer's e-mail address, when set. */
    public val email: String?,
    /** The customer's name, when set. */
    public val name: String?,
    /** Your key-value pairs, when set. */
    public val metadata: Map<String, String>?,
    /** The billing address, when set. */
    public val billingAddress: BillingAddress?,
) {
    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("customerId", customerId)
        putCustomerFields(email, name, metadata, billingAddress)
    }

    override fun equals(other: Any?): Boolean = other is CreateCustomerParams && other.toJson() == toJson()
    override fun hashCode(): Int = toJson().hashCode()
    override fun toString(): String =
        "CreateCustomerParams(customerId=$customerId, email=$email, name=$name, metadata=$metadata, billingAddress=$billingAddress)"

    /** Builds [CreateCustomerParams]; [customerId] is required. */
    public class Builder internal constructor() {
        private var customerId: String? = null
        private var email: String? = null
        private var name: String? = null
        private var metadata: Map<String, String>? = null
        private var billingAddress: BillingAddress? = null

        /** Your identifier of the customer. Required. */
        public fun customerId(customerId: String): Builder = apply { this.customerId = customerId }
        /** The e-mail address; must be valid when given. */
        public fun email(email: String?): Builder = apply { this.email = email }
        /** The name. */
        public fun name(name: String?): Builder = apply { this.name = name }
        /** Your key-value pairs. */
        public fun metadata(metadata: Map<String, String>?): Builder = apply { this.metadata = metadata?.toMap() }
        /** The billing address. */
        public fun billingAddress(billingAddress: BillingAddress?): Builder = apply { this.billingAddress = billingAddress }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): CreateCustomerParams = CreateCustomerParams(
            Checks.id("customerId", customerId),
            Checks.optionalEmail("email", email),
            Checks.optionalText("name", name),
            Checks.optionalStringMap("metadata", metadata),
            billingAddress,
        )
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Parameters of `customers().update`, a partial update: `PATCH /customers/{customerId}/`.
 * Only the fields set or cleared are sent; at least one must be. A field given `null` (or never given) is left
 * as it is; `clearEmail()`, `clearName()`, `clearMetadata()` and `clearBillingAddress()` send an explicit JSON
 * `null`, which empties the field on the server.
 *
 * ```java
 * UpdateCustomerParams params = UpdateCustomerParams.builder()
 *     .customerId("c1")          // required: which customer
 *     .name("Ann Lee")           // a change
 *     .clearBillingAddress()     // and a field emptied
 *     .build();
 * ```
 */
public class UpdateCustomerParams private constructor(
    /** Which customer to update (a path parameter). */
    public val customerId: String,
    /** The new e-mail address, when set. */
    public val email: String?,
    /** The new name, when set. */
    public val name: String?,
    /** The new metadata, when set. */
    public val metadata: Map<String, String>?,
    /** The new billing address, when set. */
    public val billingAddress: BillingAddress?,
    /** The fields to empty (sent as JSON `null`): some of `email`, `name`, `metadata`, `billingAddress`. */
    public val cleared: Set<String>,
) {
    internal fun toJson(): JsonObject = buildJsonObject {
        putCustomerFields(email, name, metadata, billingAddress)
        for (field in cleared) put(field, JsonNull)
    }

    override fun equals(other: Any?): Boolean =
        other is UpdateCustomerParams && other.customerId == customerId && other.toJson() == toJson()
    override fun hashCode(): Int = customerId.hashCode() * 31 + toJson().hashCode()
    override fun toString(): String =
        "UpdateCustomerParams(customerId=$customerId, email=$email, name=$name, metadata=$metadata, billingAddress=$billingAddress, " +
            "cleared=$cleared)"

    /** Builds [UpdateCustomerParams]; [customerId] and at least one change are required. */
    public class Builder internal constructor() {
        private var customerId: String? = null
        private var email: String? = null
        private var name: String? = null
        private var metadata: Map<String, String>? = null
        private var billingAddress: BillingAddress? = null
        private val cleared = LinkedHashSet<String>()

        /** Which customer to update. Required. */
        public fun customerId(customerId: String): Builder = apply { this.customerId = customerId }
        /** The new e-mail address; must be valid. `null` leaves it unchanged (see [clearEmail]). */
        public fun email(email: String?): Builder = apply { this.email = email; if (email != null) cleared -= "email" }
        /** The new name; `null` leaves it unchanged (see [clearName]). */
        public fun name(name: String?): Builder = apply { this.name = name; if (name != null) cleared -= "name" }
        /** The new metadata; `null` leaves it unchanged (see [clearMetadata]). */
        public fun metadata(metadata: Map<String, String>?): Builder =
            apply { this.metadata = metadata?.toMap(); if (metadata != null) cleared -= "metadata" }
        /** The new billing address; `null` leaves it unchanged (see [clearBillingAddress]). */
        public fun billingAddress(billingAddress: BillingAddress?): Builder =
            apply { this.billingAddress = billingAddress; if (billingAddress != null) cleared -= "billingAddress" }
        /** Empties the e-mail address: sends `"email": null`. */
        public fun clearEmail(): Builder = apply { email = null; cleared += "email" }
        /** Empties the name: sends `"name": null`. */
        public fun clearName(): Builder = apply { name = null; cleared += "name" }
        /** Empties the metadata: sends `"metadata": null`. */
        public fun clearMetadata(): Builder = apply { metadata = null; cleared += "metadata" }
        /** Removes the billing address: sends `"billingAddress": null`. */
        public fun clearBillingAddress(): Builder = apply { billingAddress = null; cleared += "billingAddress" }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): UpdateCustomerParams {
            val id = Checks.id("customerId", customerId)
            if (email == null && name == null && metadata == null && billingAddress == null && cleared.isEmpty()) {
                throw KelviqValidationException("email, name, metadata, billingAddress", "an update must set or clear at least one field")
            }
            return UpdateCustomerParams(
                id,
                Checks.optionalEmail("email", email),
                Checks.optionalText("name", name),
                Checks.optionalStringMap("metadata", metadata),
                billingAddress,
                java.util.Collections.unmodifiableSet(LinkedHashSet(cleared)),
            )
        }
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Parameters of `customers().list` (one page) and `customers().listAll` (every page):
 * `GET /customers/?page=&page_size=&search=`.
 *
 * ```java
 * ListCustomersParams params = ListCustomersParams.builder().pageSize(50).search("ann").build();
 * ```
 */
public class ListCustomersParams private constructor(
    /** The page number, from 1; `null` for the first page. Ignored by `listAll`. */
    public val page: Int?,
    /** Customers per page, 1..100; `null` for the server's default (10). */
    public val pageSize: Int?,
    /** A search term matched by the server, when set. */
    public val search: String?,
) {
    internal fun toQuery(page: Int? = this.page): List<Pair<String, String>> = buildList {
        page?.let { add("page" to it.toString()) }
        pageSize?.let { add("page_size" to it.toString()) }
        search?.let { add("search" to it) }
    }

    /** These parameters with another [page]. */
    public fun withPage(page: Int?): ListCustomersParams = ListCustomersParams(Checks.optionalPage("page", page), pageSize, search)

    override fun equals(other: Any?): Boolean =
        other is ListCustomersParams && other.page == page && other.pageSize == pageSize && other.search == search
    override fun hashCode(): Int = listOf(page, pageSize, search).hashCode()
    override fun toString(): String = "ListCustomersParams(page=$page, pageSize=$pageSize, search=$search)"

    /** Builds [ListCustomersParams]; every field is optional. */
    public class Builder internal constructor() {
        private var page: Int? = null
        private var pageSize: Int? = null
        private var search: String? = null

        /** The page number, from 1. */
        public fun page(page: Int): Builder = apply { this.page = page }
        /** Customers per page, 1..100. */
        public fun pageSize(pageSize: Int): Builder = apply { this.pageSize = pageSize }
        /** A search term. */
        public fun search(search: String?): Builder = apply { this.search = search }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): ListCustomersParams = ListCustomersParams(
            Checks.optionalPage("page", page),
            Checks.optionalPageSize("pageSize", pageSize),
            Checks.optionalText("search", search),
        )
    }

    /** Factories. */
    public companion object {
        /** No filter, first page, the server's page size. */
        @JvmField
        public val DEFAULT: ListCustomersParams = ListCustomersParams(null, null, null)

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
