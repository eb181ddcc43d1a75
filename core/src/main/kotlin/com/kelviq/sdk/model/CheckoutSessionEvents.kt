package com.kelviq.sdk.model

import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.WireNumbers
import com.kelviq.sdk.internal.json.WireTime
import java.time.Instant
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient

/** One entry of a checkout session's timeline (`checkout().listSessionEvents`). */
@Serializable
public class CheckoutSessionEvent internal constructor(
    /** The event's id. */
    public val id: Long,
    /** A human-readable title, e.g. `Checkout session created`. */
    public val title: String,
    /** The event's code, e.g. `checkout_session.created`. */
    public val code: String,
    /** The status as sent: `pending`, `success`, `failed`, or one added later. */
    public val status: String,
    /** When it happened: the text as sent, or `null` (typed: [timestamp]). */
    @SerialName("timestamp") @Serializable(with = FieldTextSerializer::class) public val timestampText: String? = null,
    /** Details as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val metadata: Map<String, Any?> = emptyMap(),
) {
    /** When it happened, read from [timestampText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val timestamp: Instant? = WireTime.instantOrNull(timestampText)

    private fun values() = listOf(id, title, code, status, timestampText, metadata)

    override fun equals(other: Any?): Boolean = this === other || other is CheckoutSessionEvent && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String = "CheckoutSessionEvent(id=$id, code=$code, status=$status, timestamp=$timestamp)"

    internal companion object
}

/** One page of a checkout session's events; see [CustomerPage] for the meaning of the fields. */
@Serializable
public class CheckoutSessionEventPage internal constructor(
    /** The total number of events, over all pages: the number as sent, exactly, or `null` (typed: [count]). */
    @SerialName("count") @Serializable(with = FieldTextSerializer::class) public val countText: String? = null,
    /** The absolute URL of the next page, or `null` on the last page. */
    public val next: String? = null,
    /** The absolute URL of the previous page, or `null` on the first page. */
    public val previous: String? = null,
    /** The events of this page. */
    public val results: List<CheckoutSessionEvent> = emptyList(),
) {
    /** The total number of events, over all pages, read from [countText]: 0 when absent or not a number; a value beyond `Long` is held at its nearest bound (the exact text is kept). */
    @Transient public val count: Long = WireNumbers.longOrNull(countText) ?: 0

    override fun equals(other: Any?): Boolean = this === other ||
        other is CheckoutSessionEventPage && count == other.count && next == other.next && previous == other.previous &&
        results == other.results

    override fun hashCode(): Int = listOf(count, next, previous, results).hashCode()

    override fun toString(): String = "CheckoutSessionEventPage(count=$count, next=$next, previous=$previous, results=$results)"

    internal companion object
}
