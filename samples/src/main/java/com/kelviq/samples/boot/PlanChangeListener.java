package com.kelviq.samples.boot;

import com.kelviq.sdk.spring.autoconfigure.KelviqWebhookReceivedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears verified Kelviq webhooks: the starter has already dropped the customer's cached entitlements, so the next
 * check sees the new plan; this listener only records what arrived (a real shop would email the customer, ...).
 */
@Component
public class PlanChangeListener {
    private final List<String> heard = new CopyOnWriteArrayList<>();

    /** @param delivery one verified delivery (repeats of a handled one are not published again) */
    @EventListener
    public void on(KelviqWebhookReceivedEvent delivery) {
        heard.add(delivery.getEvent().getType() + " for " + delivery.getCustomerId());
    }

    /** @return what arrived so far, in order */
    public List<String> heard() {
        return List.copyOf(heard);
    }
}
