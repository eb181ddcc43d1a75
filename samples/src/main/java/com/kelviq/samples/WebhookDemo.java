package com.kelviq.samples;

import com.kelviq.sdk.testkit.WebhookSigner;
import com.kelviq.sdk.webhooks.WebhookHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The webhook step of every walkthrough: starts a {@link WebhookEndpoint} on the client's handler and sends it a
 * signed {@code subscription.updated} delivery, the same delivery again (Kelviq retries), and a tampered one.
 */
public final class WebhookDemo {
    private WebhookDemo() {
    }

    /** Runs the deliveries and describes the outcome in one line. */
    public static String run(WebhookHandler handler, String secret, String customerId) {
        WebhookSigner signer = new WebhookSigner(secret);
        try (WebhookEndpoint endpoint = WebhookEndpoint.start(handler)) {
            String payload = signer.payload("subscription.updated",
                Map.of("object", "subscription", "customer", Map.of("customer_id", customerId), "status", "active"));
            Map<String, String> headers = signer.headers(payload);
            int first = signer.deliver(endpoint.url(), payload, headers);
            int repeat = signer.deliver(endpoint.url(), payload, headers);
            Map<String, String> tampered = new LinkedHashMap<>(signer.headers(payload.replace("active", "canceled")));
            tampered.put("webhook-signature", headers.get("webhook-signature"));
            int forged = signer.deliver(endpoint.url(), payload.replace("active", "canceled"), tampered);
            return String.format("signed delivery %d, repeat %d (dropped), tampered %d; handled %s", first, repeat, forged, endpoint.handled());
        }
    }
}
