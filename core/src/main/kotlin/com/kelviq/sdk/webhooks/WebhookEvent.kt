package com.kelviq.sdk.webhooks

/**
 * A verified webhook delivery: `{id, type, created_at, data: {object, previous_attributes?}}`. The JSON values
 * are plain unmodifiable Java values (maps, lists, strings, `Long`/`Double`/`BigDecimal`, booleans), with the
 * snake_case keys Kelviq sends. Immutable.
 */
public class WebhookEvent internal constructor(
    /** The event's id (the `webhook-id` header: the de-duplication key). */
    public val id: String,
    /** The type as sent, also when this SDK does not know it (see [eventType]). */
    public val type: String,
    /** When the event was created, or `null` when absent or unreadable. */
    public val createdAt: java.time.Instant?,
    /** The whole `data` object. */
    public val data: Map<String, Any?>,
) {
    /** The type, [WebhookEventType.UNKNOWN] for a type added after this SDK version. */
    public val eventType: WebhookEventType get() = WebhookEventType.of(type)

    /** `data.object`: the resource the event is about (empty when absent). */
    @Suppress("UNCHECKED_CAST")
    public val dataObject: Map<String, Any?> get() = data["object"] as? Map<String, Any?> ?: emptyMap()

    /** `data.previous_attributes` of an update event, or `null`. */
    @Suppress("UNCHECKED_CAST")
    public val previousAttributes: Map<String, Any?>? get() = data["previous_attributes"] as? Map<String, Any?>

    /**
     * Your identifier of the customer the event is about (`data.object.customer.customer_id`, or the
     * `customer_id` of a customer object), or `null` when the event names none. Not the server's UUID that
     * `data.object.customer_id` holds on most objects.
     */
    public val customerId: String?
        get() {
            val obj = dataObject
            (obj["customer"] as? Map<*, *>)?.get("customer_id")?.let { return it.toString() }
            return if (obj["object"] == "customer") obj["customer_id"]?.toString() else null
        }

    override fun equals(other: Any?): Boolean =
        this === other || other is WebhookEvent && id == other.id && type == other.type && createdAt == other.createdAt && data == other.data

    override fun hashCode(): Int = listOf(id, type, createdAt, data).hashCode()

    /** Shows the id, type, time and customer; not the payload. */
    override fun toString(): String = "WebhookEvent(id=$id, type=$type, createdAt=$createdAt, customerId=$customerId)"
}
