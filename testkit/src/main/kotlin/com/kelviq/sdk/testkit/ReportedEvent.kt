package com.kelviq.sdk.testkit

/**
 * A raw event the [KelviqTestServer] accepted on `POST /report/event/`, once per idempotency key.
 *
 * Events are kept apart from usage: an event never changes a `METER` entitlement's usage (only
 * `POST /report/usage/` does), so tests of events and of usage do not interfere.
 */
public class ReportedEvent internal constructor(
    /** The customer the event is about. */
    public val customerId: String,
    /** The event's name. */
    public val eventName: String,
    /** The idempotency key the event was first sent with. */
    public val idempotencyKey: String,
    /** The timestamp as sent (`yyyy-MM-dd HH:mm:ss.SSSSSS`, UTC). */
    public val timestamp: String,
    /** The resource id, when sent. */
    public val resourceId: String?,
    /** The properties as plain values (String, Long, Double, Boolean); empty when none were sent. */
    public val properties: Map<String, Any>,
    /** The request body as received. */
    public val body: String,
) {
    override fun toString(): String =
        "ReportedEvent(customerId=$customerId, eventName=$eventName, idempotencyKey=$idempotencyKey, timestamp=$timestamp, " +
            "resourceId=$resourceId, properties=$properties)"
}
