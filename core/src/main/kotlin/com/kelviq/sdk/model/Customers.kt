@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.internal.json.BillingAddressSerializer
import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.LenientStringMapSerializer
import com.kelviq.sdk.internal.json.WireNumbers
import com.kelviq.sdk.internal.json.WireTime
import java.time.Instant
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonNames

/** A customer of your Kelviq account. Immutable; equal when every field is. */
@Serializable
public class Customer internal constructor(
    /** The server-generated UUID of the record. */
    public val id: String,
    /** Your identifier of the customer. */
    @JsonNames("customer_id") public val customerId: String,
    /** The name, or `null`. */
    public val name: String? = null,
    /** The e-mail address, or `null`. */
    public val email: String? = null,
    /** Server-added details (read-only) as plain JSON values: maps, lists, strings, numbers, booleans (see the README). */
    @Serializable(with = JavaJsonMapSerializer::class) public val details: Map<String, Any?> = emptyMap(),
    /** Your key-value pairs, or `null` when none were ever set. */
    @Serializable(with = LenientStringMapSerializer::class) public val metadata: Map<String, String>? = null,
    /** The billing address, or `null`. */
    @JsonNames("billing_address") @Serializable(with = BillingAddressSerializer::class) public val billingAddress: BillingAddress? = null,
    /** When the record was created: the text as sent, or `null` (typed: [createdOn]). */
    @SerialName("createdOn") @JsonNames("created_on") @Serializable(with = FieldTextSerializer::class) public val createdOnText: String? = null,
    /** When the record was last changed: the text as sent, or `null` (typed: [modifiedOn]). */
    @SerialName("modifiedOn") @JsonNames("modified_on") @Serializable(with = FieldTextSerializer::class) public val modifiedOnText: String? = null,
) {
    /** When the record was created, read from [createdOnText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val createdOn: Instant? = WireTime.instantOrNull(createdOnText)
    /** When the record was last changed, read from [modifiedOnText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val modifiedOn: Instant? = WireTime.instantOrNull(modifiedOnText)

    private fun values() = listOf(id, customerId, name, email, details, metadata, billingAddress, createdOnText, modifiedOnText)

    override fun equals(other: Any?): Boolean = this === other || other is Customer && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "Customer(id=$id, customerId=$customerId, name=$name, email=$email, details=$details, metadata=$metadata, " +
            "billingAddress=$billingAddress, createdOn=$createdOn, modifiedOn=$modifiedOn)"

    internal companion object
}

/**
 * One page of customers.
 */
@Serializable
public class CustomerPage internal constructor(
    /** The total number of customers matching the query, over all pages: the number as sent, exactly, or `null` (typed: [count]). */
    @SerialName("count") @Serializable(with = FieldTextSerializer::class) public val countText: String? = null,
    /** The absolute URL of the next page, or `null` on the last page. */
    public val next: String? = null,
    /** The absolute URL of the previous page, or `null` on the first page. */
    public val previous: String? = null,
    /** The customers of this page. */
    public val results: List<Customer> = emptyList(),
) {
    /** The total number of customers matching the query, over all pages, read from [countText]: 0 when absent or not a number; a value beyond `Long` is held at its nearest bound (the exact text is kept). */
    @Transient public val count: Long = WireNumbers.longOrNull(countText) ?: 0

    override fun equals(other: Any?): Boolean = this === other ||
        other is CustomerPage && count == other.count && next == other.next && previous == other.previous && results == other.results

    override fun hashCode(): Int = listOf(count, next, previous, results).hashCode()

    override fun toString(): String = "CustomerPage(count=$count, next=$next, previous=$previous, results=$results)"

    internal companion object
}

/** The answer to archiving a customer: the server's message, or `null` when it answered 204 without a body. */
@Serializable
public class ArchiveResult internal constructor(
    /** The server's message, or `null`. */
    public val message: String? = null,
) {
    override fun equals(other: Any?): Boolean = this === other || other is ArchiveResult && message == other.message

    override fun hashCode(): Int = message.hashCode()

    override fun toString(): String = "ArchiveResult(message=$message)"

    internal companion object
}
