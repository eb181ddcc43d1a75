@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.internal.FlexibleInstantSerializer
import com.kelviq.sdk.internal.LenientStringMapSerializer
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.JsonNames
import kotlinx.serialization.json.JsonObject
import java.time.Instant

/**
 * A customer of your Kelviq account.
 *
 * @property id the server-generated UUID of the record.
 * @property customerId your identifier of the customer.
 * @property details server-added details (read-only), as raw JSON.
 * @property metadata your key-value pairs, or `null` when none were ever set.
 */
@Serializable
public data class Customer(
    val id: String,
    @JsonNames("customer_id") val customerId: String,
    val name: String? = null,
    val email: String? = null,
    val details: JsonObject = JsonObject(emptyMap()),
    @Serializable(with = LenientStringMapSerializer::class) val metadata: Map<String, String>? = null,
    @JsonNames("billing_address") val billingAddress: BillingAddress? = null,
    @JsonNames("created_on") @Serializable(with = FlexibleInstantSerializer::class) val createdOn: Instant? = null,
    @JsonNames("modified_on") @Serializable(with = FlexibleInstantSerializer::class) val modifiedOn: Instant? = null,
)

/**
 * A billing address, read in responses and sent in customer requests.
 *
 * ```java
 * BillingAddress address = BillingAddress.builder()
 *     .country("IN").line1("123 Main Street").postalCode("560001").city("Bangalore").state("Karnataka")
 *     .build();
 * ```
 *
 * @property country ISO 3166-1 alpha-2 country code, e.g. `IN`.
 */
@Serializable
public data class BillingAddress(
    val country: String? = null,
    val line1: String? = null,
    val line2: String? = null,
    @JsonNames("postal_code") val postalCode: String? = null,
    val city: String? = null,
    val state: String? = null,
) {
    /** Builds a [BillingAddress]; every field is optional. */
    public class Builder internal constructor() {
        private var country: String? = null
        private var line1: String? = null
        private var line2: String? = null
        private var postalCode: String? = null
        private var city: String? = null
        private var state: String? = null

        /** ISO 3166-1 alpha-2 country code. */
        public fun country(country: String?): Builder = apply { this.country = country }
        /** Address line 1. */
        public fun line1(line1: String?): Builder = apply { this.line1 = line1 }
        /** Address line 2. */
        public fun line2(line2: String?): Builder = apply { this.line2 = line2 }
        /** Postal or ZIP code. */
        public fun postalCode(postalCode: String?): Builder = apply { this.postalCode = postalCode }
        /** City. */
        public fun city(city: String?): Builder = apply { this.city = city }
        /** State or province. */
        public fun state(state: String?): Builder = apply { this.state = state }
        /** The address. */
        public fun build(): BillingAddress = BillingAddress(country, line1, line2, postalCode, city, state)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * One page of customers.
 *
 * @property count the total number of customers matching the query, over all pages.
 * @property next the absolute URL of the next page, or `null` on the last page.
 * @property previous the absolute URL of the previous page, or `null` on the first page.
 */
@Serializable
public data class CustomerPage(
    val count: Long = 0,
    val next: String? = null,
    val previous: String? = null,
    val results: List<Customer> = emptyList(),
)

/** The answer to archiving a customer: the server's message, or `null` when it answered 204 without a body. */
@Serializable
public data class ArchiveResult(val message: String? = null)
