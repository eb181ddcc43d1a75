package com.kelviq.consumercheck;

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
import com.kelviq.sdk.model.UsageReport;
import java.util.List;

/** Every operation of the five areas, as one flavour performs it (blocking the caller until it is done). */
interface Ops extends AutoCloseable {
    String flavour();

    Customer createCustomer(CreateCustomerParams params);

    Customer retrieveCustomer(String customerId);

    Customer updateCustomer(UpdateCustomerParams params);

    CustomerPage listCustomers(ListCustomersParams params);

    List<Customer> listAllCustomers();

    ArchiveResult archiveCustomer(String customerId);

    CheckoutSession createCheckoutSession(CreateCheckoutSessionParams params);

    boolean hasAccess(String customerId, String featureId);

    /** {@code null} when the customer has no entitlement to the feature. */
    Entitlement getEntitlement(String customerId, String featureId);

    CustomerEntitlements getAllEntitlements(String customerId);

    UsageReport reportUsage(ReportUsageParams params);

    EventReport reportEvent(ReportEventParams params);

    Subscription createSubscription(CreateSubscriptionParams params);

    SubscriptionPage listSubscriptions(ListSubscriptionsParams params);

    List<Subscription> listAllSubscriptions(ListSubscriptionsParams params);

    Subscription retrieveSubscription(String subscriptionId);

    SubscriptionUpdate updateSubscription(com.kelviq.sdk.model.UpdateSubscriptionParams params);

    SubscriptionCancellation cancelSubscription(CancelSubscriptionParams params);

    @Override
    void close();
}
