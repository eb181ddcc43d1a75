package com.kelviq.sdk.spring.autoconfigure.app;

import com.kelviq.sdk.PendingReport;
import com.kelviq.sdk.ReportFailureHandler;
import com.kelviq.sdk.spring.autoconfigure.KelviqWebhookReceivedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/** What the test applications heard: webhook events published by the starter, and reports handed to the failure handler. */
public class ShopEvents implements ReportFailureHandler {
    /** The types of the webhook events received, in order. */
    public final List<String> webhooks = new CopyOnWriteArrayList<>();

    /** The reports the SDK could not deliver. */
    public final List<PendingReport> undelivered = new CopyOnWriteArrayList<>();

    /** @param delivery a verified delivery */
    @EventListener
    public void on(KelviqWebhookReceivedEvent delivery) {
        webhooks.add(delivery.getEvent().getType() + ":" + delivery.getCustomerId());
    }

    @Override
    public void onFailure(PendingReport report, Throwable error) {
        undelivered.add(report);
    }
}
