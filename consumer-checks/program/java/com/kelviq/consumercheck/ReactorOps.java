package com.kelviq.consumercheck;

import com.kelviq.sdk.KelviqConfig;
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
import com.kelviq.sdk.reactor.ReactorKelviqClient;
import java.util.List;

/** The Reactor flavour, each Mono/Flux blocked on here (the check runs on a plain thread). */
final class ReactorOps implements Ops {
    private final ReactorKelviqClient client;

    ReactorOps(KelviqConfig config) {
        this.client = ReactorKelviqClient.create(config);
    }

    @Override public String flavour() { return "reactor"; }
    @Override public Customer createCustomer(CreateCustomerParams p) { return client.customers().create(p).block(); }
    @Override public Customer retrieveCustomer(String id) { return client.customers().retrieve(id).block(); }
    @Override public Customer updateCustomer(UpdateCustomerParams p) { return client.customers().update(p).block(); }
    @Override public CustomerPage listCustomers(ListCustomersParams p) { return client.customers().list(p).block(); }
    @Override public List<Customer> listAllCustomers() { return client.customers().listAll().collectList().block(); }
    @Override public ArchiveResult archiveCustomer(String id) { return client.customers().archive(id).block(); }
    @Override public CheckoutSession createCheckoutSession(CreateCheckoutSessionParams p) { return client.checkout().createSession(p).block(); }
    @Override public boolean hasAccess(String c, String f) { return Boolean.TRUE.equals(client.entitlements().hasAccess(c, f).block()); }
    @Override public Entitlement getEntitlement(String c, String f) { return client.entitlements().getEntitlement(c, f).block(); }
    @Override public CustomerEntitlements getAllEntitlements(String c) { return client.entitlements().getAllEntitlements(c).block(); }
    @Override public UsageReport reportUsage(ReportUsageParams p) { return client.reporting().reportUsage(p).block(); }
    @Override public EventReport reportEvent(ReportEventParams p) { return client.reporting().reportEvent(p).block(); }
    @Override public Subscription createSubscription(CreateSubscriptionParams p) { return client.subscriptions().create(p).block(); }
    @Override public SubscriptionPage listSubscriptions(ListSubscriptionsParams p) { return client.subscriptions().list(p).block(); }
    @Override public List<Subscription> listAllSubscriptions(ListSubscriptionsParams p) {
        return client.subscriptions().listAll(p).collectList().block();
    }
    @Override public Subscription retrieveSubscription(String id) { return client.subscriptions().retrieve(id).block(); }
    @Override public SubscriptionUpdate updateSubscription(UpdateSubscriptionParams p) { return client.subscriptions().update(p).block(); }
    @Override public SubscriptionCancellation cancelSubscription(CancelSubscriptionParams p) { return client.subscriptions().cancel(p).block(); }
    @Override public void close() { client.close(); }
}
