package com.kelviq.samples;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.ActivateLicenseParams;
import com.kelviq.sdk.model.CancelSubscriptionParams;
import com.kelviq.sdk.model.Charge;
import com.kelviq.sdk.model.CreateChargeParams;
import com.kelviq.sdk.model.CreateRefundParams;
import com.kelviq.sdk.model.DeactivateLicenseParams;
import com.kelviq.sdk.model.LicenseActivation;
import com.kelviq.sdk.model.LicenseValidation;
import com.kelviq.sdk.model.ListPaymentMethodsParams;
import com.kelviq.sdk.model.OrderEvent;
import com.kelviq.sdk.model.PaymentMethod;
import com.kelviq.sdk.model.Refund;
import com.kelviq.sdk.model.RefundReason;
import com.kelviq.sdk.model.ValidateLicenseParams;
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
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;

/**
 * The Kelviq API from plain Java, with the blocking client: the five core areas, then the portal, charges,
 * payment methods, refunds, orders, licenses and a verified webhook.
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

            // The rest of the runtime API: the portal link, a one-time charge, a refund, a license round trip
            p.step("portal.createSession", "send the customer to %s", client.portal().createSession(customerId).signedUrl());
            if (env.seedRuntimeData(customerId)) {
                Charge charge = client.charges().create(CreateChargeParams.builder()
                    .planIdentifier("lifetime-access").chargePeriod(ChargePeriod.ONE_TIME).customerId(customerId).build());
                p.step("charges.create", "charged %s %s to the default card (never retried once sent)", charge.getAmount(), charge.getCurrency());
                PaymentMethod card = client.paymentMethods().list(ListPaymentMethodsParams.builder().customerId(customerId).build())
                    .getResults().get(0);
                p.step("paymentMethods.list", "%s ending %s, default %s", card.getMethodData().get("brand"), card.getMethodData().get("last4"),
                    card.isDefault());
                Refund refund = client.refunds().create(CreateRefundParams.builder()
                    .orderId(env.orderId(customerId)).amountUnits(1_500).reason(RefundReason.REQUESTED_BY_CUSTOMER).build());
                p.step("refunds.create", "refunded %s of %s, status %s", refund.amountDecimal(), env.orderId(customerId), refund.getStatus());
                p.step("orders.listEvents", "%s", client.orders().listAllEvents(env.orderId(customerId)).stream()
                    .map(OrderEvent::getCode).collect(Collectors.toList()));
                String key = env.licenseKey(customerId);
                LicenseActivation activation = client.licenses().activate(ActivateLicenseParams.builder()
                    .licenseKey(key).customerId(customerId).instanceName("build-agent-1").build());
                p.step("licenses.activate", "instance %s", activation.getInstanceId());
                LicenseValidation validation = client.licenses().validate(ValidateLicenseParams.builder()
                    .licenseKey(key).instanceId(activation.getInstanceId()).build());
                p.step("licenses.validate", "valid %s (%s)", validation.getValid(), validation.getCode());
                p.step("licenses.deactivate", "%s", client.licenses().deactivate(DeactivateLicenseParams.builder()
                    .licenseKey(key).instanceId(activation.getInstanceId()).build()).getMessage());
            } else {
                for (String step : SampleEnvironment.SEEDED_STEPS) {
                    p.step(step, "skipped against the real API (needs an order, a license and a saved card in your account)");
                }
            }
            p.step("webhooks.handle", "%s", WebhookDemo.run(client.webhooks(), env.config().getWebhookSecret(), customerId));

            p.step("customers.archive", "%s", describe(client.customers().archive(customerId).getMessage()));
        }
        p.heading("Done: " + p.steps() + " steps.");
    }

    private static String describe(String message) {
        return message == null ? "archived (204 No Content)" : message;
    }
}
