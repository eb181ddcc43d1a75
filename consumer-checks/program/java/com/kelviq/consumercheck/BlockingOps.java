package com.kelviq.consumercheck;

import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.ArchiveResult;
import com.kelviq.sdk.model.CancelSubscriptionParams;
import com.kelviq.sdk.model.CheckoutSession;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.CreateSubscriptionParams;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.CustomerEntitlements;
import com.kelviq.sdk.model.CustomerPage;
import com.kelviq.sdk.model.Entitlement;
import com.kelviq.sdk.model.EventReport;
import com.kelviq.sdk.model.ListCustomersParams;
import com.kelviq.sdk.model.ListSubscriptionsParams;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.Subscription;
import com.kelviq.sdk.model.SubscriptionCancellation;
import com.kelviq.sdk.model.SubscriptionPage;
import com.kelviq.sdk.model.SubscriptionUpdate;
import com.kelviq.sdk.model.UpdateCustomerParams;
import com.kelviq.sdk.model.UpdateSubscriptionParams;
import com.kelviq.sdk.model.UsageReport;
import java.util.List;
import java.util.stream.Collectors;

/** The Java blocking flavour. */
final class BlockingOps implements Ops {
    private final KelviqBlockingClient client;

    BlockingOps(KelviqConfig config) {
        this.client = KelviqBlockingClient.create(config);
    }

    @Override public String flavour() { return "java-blocking"; }
    @Override public Customer createCustomer(CreateCustomerParams p) { return client.customers().create(p); }
    @Override public Customer retrieveCustomer(String id) { return client.customers().retrieve(id); }
    @Override public Customer updateCustomer(UpdateCustomerParams p) { return client.customers().update(p); }
    @Override public CustomerPage listCustomers(ListCustomersParams p) { return client.customers().list(p); }
    @Override public List<Customer> listAllCustomers() { return client.customers().listAll().stream().collect(Collectors.toList()); }
    @Override public ArchiveResult archiveCustomer(String id) { return client.customers().archive(id); }
    @Override public CheckoutSession createCheckoutSession(CreateCheckoutSessionParams p) { return client.checkout().createSession(p); }
    @Override public boolean hasAccess(String c, String f) { return client.entitlements().hasAccess(c, f); }
    @Override public Entitlement getEntitlement(String c, String f) { return client.entitlements().getEntitlement(c, f).orElse(null); }
    @Override public CustomerEntitlements getAllEntitlements(String c) { return client.entitlements().getAllEntitlements(c); }
    @Override public UsageReport reportUsage(ReportUsageParams p) { return client.reporting().reportUsage(p); }
    @Override public EventReport reportEvent(ReportEventParams p) { return client.reporting().reportEvent(p); }
    @Override public Subscription createSubscription(CreateSubscriptionParams p) { return client.subscriptions().create(p); }
    @Override public SubscriptionPage listSubscriptions(ListSubscriptionsParams p) { return client.subscriptions().list(p); }
    @Override public List<Subscription> listAllSubscriptions(ListSubscriptionsParams p) {
        return client.subscriptions().listAll(p).stream().collect(Collectors.toList());
    }
    @Override public Subscription retrieveSubscription(String id) { return client.subscriptions().retrieve(id); }
    @Override public SubscriptionUpdate updateSubscription(UpdateSubscriptionParams p) { return client.subscriptions().update(p); }
    @Override public SubscriptionCancellation cancelSubscription(CancelSubscriptionParams p) { return client.subscriptions().cancel(p); }
    @Override public void close() { client.close(); }
}
