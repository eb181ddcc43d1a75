package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.webhooks.WebhookEvent;
import com.kelviq.sdk.webhooks.WebhookEventType;
import org.springframework.context.ApplicationEvent;

/**
 * A verified Kelviq webhook delivery, published by the endpoint at {@code kelviq.webhooks.path} once per delivery
 * (Kelviq's repeats of a handled delivery are not published again), after the customer's cached entitlements were
 * dropped. Listen with {@code @EventListener}; listeners run on the request's thread before the endpoint answers, so
 * a listener that throws makes the endpoint answer 500 and Kelviq deliver again (the retry is published again).
 *
 * <pre>{@code
 * @EventListener
 * void on(KelviqWebhookReceivedEvent delivery) {
 *     if (delivery.getEventType() == WebhookEventType.SUBSCRIPTION_CANCELLED) { ... }
 * }
 * }</pre>
 */
public class KelviqWebhookReceivedEvent extends ApplicationEvent {
    private static final long serialVersionUID = 1L;

    private final transient WebhookEvent event;

    /**
     * @param source the client whose webhook handler verified the delivery
     * @param event the verified event
     */
    public KelviqWebhookReceivedEvent(Object source, WebhookEvent event) {
        super(source);
        this.event = event;
    }

    /** @return the verified event (id, type, creation time, data) */
    public WebhookEvent getEvent() {
        return event;
    }

    /** @return the event's type ({@link WebhookEventType#UNKNOWN} for a type this SDK does not know) */
    public WebhookEventType getEventType() {
        return event.getEventType();
    }

    /** @return the customer the event concerns, {@code null} when it names none */
    public String getCustomerId() {
        return event.getCustomerId();
    }

    @Override
    public String toString() {
        return "KelviqWebhookReceivedEvent(id=" + event.getId() + ", type=" + event.getType() + ")";
    }
}
