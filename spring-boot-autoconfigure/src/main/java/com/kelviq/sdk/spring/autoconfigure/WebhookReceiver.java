package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.webhooks.WebhookEvent;
import com.kelviq.sdk.webhooks.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;

/**
 * What both webhook endpoints (Spring MVC and WebFlux) do with a delivery's bytes and headers: verify it with the
 * client's webhook handler, publish a {@link KelviqWebhookReceivedEvent}, and say which status to answer.
 */
final class WebhookReceiver {
    /** Deliveries are small JSON documents; a larger body is refused unread (413). */
    static final int MAX_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

    /** A status and a small JSON body. */
    static final class Answer {
        final int status;
        final String body;

        private Answer(int status, String body) {
            this.status = status;
            this.body = body;
        }
    }

    static final Answer TOO_LARGE = new Answer(413, "{\"error\":\"PAYLOAD_TOO_LARGE\"}");

    private final KelviqBlockingClient client;
    private final ApplicationEventPublisher publisher;

    WebhookReceiver(KelviqBlockingClient client, ApplicationEventPublisher publisher) {
        this.client = client;
        this.publisher = publisher;
    }

    /** Verifies {@code body} (exactly as received) and publishes its event; the answer the endpoint sends. */
    Answer receive(byte[] body, Map<String, String> headers) {
        if (body.length > MAX_BYTES) {
            return TOO_LARGE;
        }
        String payload = new String(body, StandardCharsets.UTF_8);
        try {
            WebhookEvent event = client.webhooks().handle(payload, headers,
                    verified -> publisher.publishEvent(new KelviqWebhookReceivedEvent(client, verified)));
            return new Answer(200, event == null ? "{\"received\":true,\"repeat\":true}" : "{\"received\":true}");
        } catch (WebhookVerificationException e) {
            LOG.warn("Kelviq webhook delivery refused: {}", e.getReason());
            return new Answer(400, "{\"error\":\"" + e.getReason().name() + "\"}");
        } catch (RuntimeException e) {
            LOG.error("A listener of a Kelviq webhook delivery failed; answering 500 so that Kelviq delivers it again", e);
            return new Answer(500, "{\"error\":\"LISTENER_FAILED\"}");
        }
    }

    /** The first value of each header, looked up in any case. */
    static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        return first;
    }
}
