package com.kelviq.consumercheck;

import com.kelviq.sdk.errors.NotFoundException;
import com.kelviq.sdk.model.CancelSubscriptionParams;
import com.kelviq.sdk.model.CancellationType;
import com.kelviq.sdk.model.ChargePeriod;
import com.kelviq.sdk.model.CheckoutSession;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.CreateSubscriptionParams;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.Entitlement;
import com.kelviq.sdk.model.EventReport;
import com.kelviq.sdk.model.FeatureQuantity;
import com.kelviq.sdk.model.ListCustomersParams;
import com.kelviq.sdk.model.ListSubscriptionsParams;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.Subscription;
import com.kelviq.sdk.model.UpdateCustomerParams;
import com.kelviq.sdk.model.UpdateSubscriptionParams;
import com.kelviq.sdk.model.UsageBehaviour;
import com.kelviq.sdk.model.UsageReport;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the five areas through one flavour, against the testkit, each result checked
 * against what the server holds. Throws {@link AssertionError} naming the first operation that misbehaves.
 */
final class Scenario {
    private final KelviqTestServer server;
    private final Ops ops;
    private final String prefix;
    private int operations;

    Scenario(KelviqTestServer server, Ops ops) {
        this.server = server;
        this.ops = ops;
        this.prefix = ops.flavour() + "-";
    }

    /** Runs the scenario; returns the number of operations performed. */
    int run() {
        String ann = prefix + "ann";
        Customer created = ops.createCustomer(CreateCustomerParams.builder()
            .customerId(ann).email("ann@example.com").name("Ann").metadata(Map.of("plan", "trial")).build());
        check("customers.create", ann.equals(created.getCustomerId()) && server.hasCustomer(ann));
        ops.createCustomer(CreateCustomerParams.builder().customerId(prefix + "bob").build());

        Customer renamed = ops.updateCustomer(UpdateCustomerParams.builder().customerId(ann).name("Ann Lee").build());
        check("customers.update", "Ann Lee".equals(renamed.getName()));
        Customer retrieved = ops.retrieveCustomer(ann);
        check("customers.retrieve", "Ann Lee".equals(retrieved.getName()) && "trial".equals(retrieved.getMetadata().get("plan")));
        int total = server.customerCount();
        check("customers.list", ops.listCustomers(ListCustomersParams.builder().pageSize(1).build()).getCount() == total);
        check("customers.listAll", ops.listAllCustomers().size() == total);

        CheckoutSession session = ops.createCheckoutSession(CreateCheckoutSessionParams.builder()
            .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://example.com/thanks")
            .customerId(ann).features(List.of(new FeatureQuantity("seats", 5))).build());
        check("checkout.createSession", session.getCheckoutUrl().startsWith("http") && !session.getCheckoutSessionId().isEmpty());

        server.grant(ann, "api-calls", "METER", 3L, true);
        check("entitlements.hasAccess", ops.hasAccess(ann, "api-calls"));
        UsageReport usage = ops.reportUsage(ReportUsageParams.builder()
            .value(3).customerId(ann).featureId("api-calls").behaviour(UsageBehaviour.DELTA).build());
        check("reporting.reportUsage", usage.getValue() == 3 && Long.valueOf(3).equals(server.currentUsage(ann, "api-calls")));
        check("entitlements.hasAccess (hard limit reached)", !ops.hasAccess(ann, "api-calls"));
        Entitlement calls = ops.getEntitlement(ann, "api-calls");
        check("entitlements.getEntitlement", calls != null && Long.valueOf(0).equals(calls.getRemaining()));
        check("entitlements.getAllEntitlements", ops.getAllEntitlements(ann).getEntitlements().size() == 1);

        ReportEventParams event = ReportEventParams.builder()
            .customerId(ann).eventName("report_exported").properties(Map.of("format", "pdf", "pages", 12)).build();
        EventReport first = ops.reportEvent(event);
        ops.reportEvent(event);
        check("reporting.reportEvent (same key counted once)",
            first.getIdempotencyKey().length() == 32 && server.eventCount(ann, "report_exported") == 1);

        Subscription subscription = ops.createSubscription(CreateSubscriptionParams.builder()
            .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId(ann).build());
        check("subscriptions.create", "plan-pro".equals(server.subscriptionPlan(subscription.getId())));
        ListSubscriptionsParams mine = ListSubscriptionsParams.builder().customerId(ann).build();
        check("subscriptions.list", ops.listSubscriptions(mine).getResults().size() == 1);
        check("subscriptions.listAll", ops.listAllSubscriptions(mine).size() == 1);
        ops.updateSubscription(UpdateSubscriptionParams.builder()
            .subscriptionId(subscription.getId()).planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY).build());
        Subscription changed = ops.retrieveSubscription(subscription.getId());
        check("subscriptions.update + retrieve", changed.getPlan() != null && "plan-team".equals(changed.getPlan().getIdentifier()));
        ops.cancelSubscription(CancelSubscriptionParams.builder()
            .subscriptionId(subscription.getId()).cancellationType(CancellationType.IMMEDIATE).build());
        check("subscriptions.cancel", !"active".equals(server.subscriptionStatus(subscription.getId())));

        ops.archiveCustomer(prefix + "bob");
        check("customers.archive", !server.hasCustomer(prefix + "bob"));
        try {
            ops.retrieveSubscription("no-such-subscription");
            check("errors: 404 is NotFoundException", false);
        } catch (NotFoundException expected) {
            check("errors: 404 is NotFoundException", expected.getStatusCode() == 404);
        }
        return operations;
    }

    private void check(String operation, boolean ok) {
        operations++;
        if (!ok) {
            throw new AssertionError(ops.flavour() + ": " + operation + " did not behave as documented");
        }
    }
}
