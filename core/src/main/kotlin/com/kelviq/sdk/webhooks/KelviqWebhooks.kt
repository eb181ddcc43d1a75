package com.kelviq.sdk.webhooks

/**
 * Verifying Kelviq webhook deliveries; see [WebhookVerifier] for the checks.
 *
 * ```java
 * WebhookEvent event = KelviqWebhooks.verify(rawBody, headers, secret);
 * if (event.getEventType() == WebhookEventType.SUBSCRIPTION_UPDATED) { ... }
 * ```
 */
public object KelviqWebhooks {
    /**
     * Verifies one delivery with [secret] and the default tolerance (300 s) and clock.
     *
     * @throws WebhookVerificationException saying what failed.
     */
    @JvmStatic
    public fun verify(payload: String, headers: Map<String, String>, secret: String): WebhookEvent =
        builder().secret(secret).build().verify(payload, headers)

    /** A builder of a reusable [WebhookVerifier]. */
    @JvmStatic
    public fun builder(): WebhookVerifier.Builder = WebhookVerifier.Builder()
}
