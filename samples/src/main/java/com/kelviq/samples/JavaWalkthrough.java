package com.kelviq.samples;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.CancelSubscriptionParams;
import com.kelviq.sdk.model.CancellationFeedback;
import com.kelviq.sdk.model.CancellationType;
import com.kelviq.sdk.model.ChargePeriod;
import com.kelviq.sdk.model.CheckoutSession;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.CreateSubscriptionParams;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.CustomerPage;
import com.kelviq.sdk.model.Entitlement;
import com.kelviq.sdk.model.EventReport;
import com.kelviq.sdk.model.FeatureQuantity;
import com.kelviq.sdk.model.ListCustomersParams;
import com.kelviq.sdk.model.ListSubscriptionsParams;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.Subscription;
import com.kelviq.sdk.model.SubscriptionPage;
import com.kelviq.sdk.model.UpdateCustomerParams;
import com.kelviq.sdk.model.UpdateSubscriptionParams;
import com.kelviq.sdk.model.UsageBehaviour;
import com.kelviq.sdk.model.UsageReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The five Kelviq areas from plain Java, with the blocking client.
 *
 * <p>Run: {@code mvn -B -ntp -q -Prun-samples -pl samples -am verify -DskipTests}. Without
 * {@code KELVIQ_API_KEY} it starts the embedded test server; with it, it talks to the real API.
 */
public final class JavaWalkthrough {
    private JavaWalkthrough() {
    }

    /** Runs the walkthrough against {@link SampleEnvironment#fromProcessEnvironment()}. */
    public static void main(String[] args) {
        try (SampleEnvironment env = SampleEnvironment.fromProcessEnvironment()) {
            run(env, System.out);
        }
    }

    /** Runs every step against {@code env}, printing one line per step to {@code out}. */
    public static void run(SampleEnvironment env, PrintStream out) {
        StepPrinter p = new StepPrinter(out);
        p.heading("Java (blocking) walkthrough against " + env.description());
        String customerId = env.customerId("java-ann");

        try (KelviqBlockingClient client = KelviqBlockingClient.create(env.config())) {
            // Customers
            Customer created = client.customers().create(CreateCustomerParams.builder()
                .customerId(customerId).email("ann@example.com").name("Ann").metadata(Map.of("plan", "trial")).build());
            p.step("customers.create", "created %s (%s, %s)", created.getCustomerId(), created.getName(), created.getEmail());

            Customer updated = client.customers().update(UpdateCustomerParams.builder()
                .customerId(customerId).name("Ann Lee").build());
            p.step("customers.update", "renamed to \"%s\"", updated.getName());

            Customer retrieved = client.customers().retrieve(customerId);
            p.step("customers.retrieve", "%s is \"%s\", created %s", retrieved.getCustomerId(), retrieved.getName(), retrieved.getCreatedOn());

            CustomerPage page = client.customers().list(ListCustomersParams.builder().pageSize(10).build());
            p.step("customers.list", "page 1 holds %d of %d customers", page.getResults().size(), page.getCount());

            long all = client.customers().listAll().stream().count();
            p.step("customers.listAll", "walked every page lazily: %d customers", all);

            // Checkout
            CheckoutSession session = client.checkout().createSession(CreateCheckoutSessionParams.builder()
                .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://example.com/thanks")
                .customerId(customerId).features(List.of(new FeatureQuantity("seats", 5))).build());
            p.step("checkout.createSession", "redirect the customer to %s", session.getCheckoutUrl());

            // Entitlements and usage: has-access flips once usage reaches the hard limit
            env.grantMeteredFeature(customerId, "api-calls", 3);
            p.step("entitlements.hasAccess", "api-calls before any usage: %s", client.entitlements().hasAccess(customerId, "api-calls"));

            UsageReport usage = client.reporting().reportUsage(ReportUsageParams.builder()
                .value(3).customerId(customerId).featureId("api-calls").behaviour(UsageBehaviour.DELTA).build());
            p.step("reporting.reportUsage", "%s %d on %s", usage.getBehaviour(), usage.getValue(), usage.getFeatureId());

            p.step("entitlements.hasAccess", "api-calls after reaching the hard limit: %s",
                client.entitlements().hasAccess(customerId, "api-calls"));
            Entitlement calls = client.entitlements().getEntitlement(customerId, "api-calls").orElse(null);
            p.step("entitlements.getEntitlement", calls == null ? "no api-calls entitlement"
                : String.format("used %s of %s, remaining %s", calls.getCurrentUsage(), calls.getUsageLimit(), calls.getRemaining()));
            p.step("entitlements.getAllEntitlements", "%d raw entries",
                client.entitlements().getAllEntitlements(customerId).getEntitlements().size());

            // Events: the idempotency key makes a repeat count once
            ReportEventParams event = ReportEventParams.builder()
                .customerId(customerId).eventName("report_exported").properties(Map.of("format", "pdf", "pages", 12)).build();
            EventReport first = client.reporting().reportEvent(event);
            client.reporting().reportEvent(event);
            int counted = env.serverEventCount(customerId, "report_exported");
            p.step("reporting.reportEvent", "sent twice with key %s; server counted %s",
                first.getIdempotencyKey(), counted < 0 ? "it once (idempotent)" : counted + " event");

            // Subscriptions
            Subscription subscription = client.subscriptions().create(CreateSubscriptionParams.builder()
                .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId(customerId).build());
            p.step("subscriptions.create", "%s on %s, status %s", subscription.getId(),
                subscription.getPlan() == null ? "?" : subscription.getPlan().getIdentifier(), subscription.getStatus());

            SubscriptionPage subscriptions = client.subscriptions().list(ListSubscriptionsParams.builder()
                .customerId(customerId).status("active", "trialing").build());
            p.step("subscriptions.list", "%d active or trialing for %s", subscriptions.getResults().size(), customerId);

            client.subscriptions().update(UpdateSubscriptionParams.builder()
                .subscriptionId(subscription.getId()).planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY).build());
            Subscription changed = client.subscriptions().retrieve(subscription.getId());
            p.step("subscriptions.update", "now on %s", changed.getPlan() == null ? "?" : changed.getPlan().getIdentifier());

            String message = client.subscriptions().cancel(CancelSubscriptionParams.builder()
                .subscriptionId(subscription.getId()).cancellationType(CancellationType.CURRENT_PERIOD_ENDS)
                .cancellationFeedback(CancellationFeedback.TOO_EXPENSIVE).build()).getMessage();
            p.step("subscriptions.cancel", "%s", message);

            p.step("customers.archive", "%s", describe(client.customers().archive(customerId).getMessage()));
        }
        p.heading("Done: " + p.steps() + " steps.");
    }

    private static String describe(String message) {
        return message == null ? "archived (204 No Content)" : message;
    }
}
