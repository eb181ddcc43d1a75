package com.kelviq.sdk.webhooks

import java.util.function.Consumer

/**
 * A client's webhook endpoint logic (`webhooks()` of every flavour, when [com.kelviq.sdk.KelviqConfig.webhookSecret]
 * is set): [handle] verifies a delivery, drops a repeated one (Kelviq retries deliveries, so the same
 * `webhook-id` may arrive again), and, for an event that may change entitlements (subscription, checkout,
 * customer, order and usage-alert events: [WebhookEventType.affectsEntitlements]), drops the cached
 * entitlements of the customer it concerns (all customers when it names none), so the next `hasAccess` asks
 * the server instead of waiting for the cache's TTL. No I/O: safe on any thread. Thread-safe.
 *
 * ```java
 * WebhookEvent event = client.webhooks().handle(rawBody, headers); // null: a repeated delivery, already handled
 * ```
 */
public class WebhookHandler internal constructor(
    /** The verifier of this client's secret. */
    public val verifier: WebhookVerifier,
    private val invalidate: (customerId: String?) -> Unit,
    /** How many recent `webhook-id`s are remembered to drop repeats (the oldest are forgotten first). */
    public val rememberedIds: Int = DEFAULT_REMEMBERED_IDS,
) {
    private val seen = object : LinkedHashMap<String, Unit>(16, 0.75f, false) {
        override fun removeEldestEntry(eldest: MutableMap.MutableEntry<String, Unit>?): Boolean = size > rememberedIds
    }

    /**
     * Verifies and handles one delivery; `payload` exactly as received.
     *
     * @return the event, or `null` when a delivery with the same `webhook-id` was already handled.
     * @throws WebhookVerificationException saying what failed (nothing is invalidated then).
     */
    public fun handle(payload: String, headers: Map<String, String>): WebhookEvent? = handle(payload, headers) {}

    /**
     * Like [handle], then passes the event to [listener] (not for a repeated delivery). When [listener] throws, the
     * delivery is forgotten again before the exception propagates, so that Kelviq's retry of it (after the endpoint
     * answered an error) reaches [listener] once more instead of being dropped as a repeat.
     *
     * @return the event, or `null` when a delivery with the same `webhook-id` was already handled.
     * @throws WebhookVerificationException saying what failed (nothing is invalidated then).
     */
    public fun handle(payload: String, headers: Map<String, String>, listener: Consumer<WebhookEvent>): WebhookEvent? {
        val event = verifier.verify(payload, headers)
        val deliveryId = headers.entries.first { it.key.equals(WebhookVerifier.ID, ignoreCase = true) }.value.trim()
        val first = synchronized(seen) { seen.put(deliveryId, Unit) == null }
        if (!first) return null
        if (event.eventType.affectsEntitlements) invalidate(event.customerId)
        try {
            listener.accept(event)
        } catch (e: Throwable) {
            synchronized(seen) { seen.remove(deliveryId) }
            throw e
        }
        return event
    }

    /** Never shows the secret. */
    override fun toString(): String = "WebhookHandler(verifier=$verifier, rememberedIds=$rememberedIds)"

    internal companion object {
        const val DEFAULT_REMEMBERED_IDS = 10_000
    }
}
