package com.kelviq.consumercheck;

import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.blocking.KelviqAsyncClient;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.blocking.AsyncPageCursor;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The Java {@code CompletableFuture} flavour ({@code KelviqBlockingClient.async()}). */
final class AsyncOps implements Ops {
    private final KelviqBlockingClient owner;
    private final KelviqAsyncClient client;

    AsyncOps(KelviqConfig config) {
        this.owner = KelviqBlockingClient.create(config);
        this.client = owner.async();
    }

    /** Waits like a caller would, rethrowing the SDK's exception rather than the future's wrapper. */
    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
    }

    private static <T> List<T> drain(AsyncPageCursor<T> cursor) {
        List<T> all = new ArrayList<>();
        for (List<T> page = await(cursor.nextPage()); !page.isEmpty(); page = await(cursor.nextPage())) {
            all.addAll(page);
        }
        return all;
    }

    @Override public String flavour() { return "java-async"; }
    @Override public Customer createCustomer(CreateCustomerParams p) { return await(client.customers().create(p)); }
    @Override public Customer retrieveCustomer(String id) { return await(client.customers().retrieve(id)); }
    @Override public Customer updateCustomer(UpdateCustomerParams p) { return await(client.customers().update(p)); }
    @Override public CustomerPage listCustomers(ListCustomersParams p) { return await(client.customers().list(p)); }
    @Override public List<Customer> listAllCustomers() { return drain(client.customers().listAll()); }
    @Override public ArchiveResult archiveCustomer(String id) { return await(client.customers().archive(id)); }
    @Override public CheckoutSession createCheckoutSession(CreateCheckoutSessionParams p) { return await(client.checkout().createSession(p)); }
    @Override public boolean hasAccess(String c, String f) { return await(client.entitlements().hasAccess(c, f)); }
    @Override public Entitlement getEntitlement(String c, String f) { return await(client.entitlements().getEntitlement(c, f)).orElse(null); }
    @Override public CustomerEntitlements getAllEntitlements(String c) { return await(client.entitlements().getAllEntitlements(c)); }
    @Override public UsageReport reportUsage(ReportUsageParams p) { return await(client.reporting().reportUsage(p)); }
    @Override public EventReport reportEvent(ReportEventParams p) { return await(client.reporting().reportEvent(p)); }
    @Override public Subscription createSubscription(CreateSubscriptionParams p) { return await(client.subscriptions().create(p)); }
    @Override public SubscriptionPage listSubscriptions(ListSubscriptionsParams p) { return await(client.subscriptions().list(p)); }
    @Override public List<Subscription> listAllSubscriptions(ListSubscriptionsParams p) { return drain(client.subscriptions().listAll(p)); }
    @Override public Subscription retrieveSubscription(String id) { return await(client.subscriptions().retrieve(id)); }
    @Override public SubscriptionUpdate updateSubscription(UpdateSubscriptionParams p) { return await(client.subscriptions().update(p)); }
    @Override public SubscriptionCancellation cancelSubscription(CancelSubscriptionParams p) { return await(client.subscriptions().cancel(p)); }
    @Override public void close() { owner.close(); }
}
