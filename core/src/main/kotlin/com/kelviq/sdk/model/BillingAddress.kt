package com.kelviq.sdk.model

/**
 * A billing address, read in responses and sent in customer requests. Immutable; equal when every field is.
 *
 * ```java
 * BillingAddress address = BillingAddress.builder()
 *     .country("IN").line1("123 Main Street").postalCode("560001").city("Bangalore").state("Karnataka")
 *     .build();
 * ```
 */
public class BillingAddress internal constructor(
    /** ISO 3166-1 alpha-2 country code, e.g. `IN`, or `null`. */
    public val country: String? = null,
    /** Address line 1, or `null`. */
    public val line1: String? = null,
    /** Address line 2, or `null`. */
    public val line2: String? = null,
    /** Postal or ZIP code, or `null`. */
    public val postalCode: String? = null,
    /** City, or `null`. */
    public val city: String? = null,
    /** State or province, or `null`. */
    public val state: String? = null,
) {
    private fun values() = listOf(country, line1, line2, postalCode, city, state)

    override fun equals(other: Any?): Boolean = this === other || other is BillingAddress && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "BillingAddress(country=$country, line1=$line1, line2=$line2, postalCode=$postalCode, city=$city, state=$state)"

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
