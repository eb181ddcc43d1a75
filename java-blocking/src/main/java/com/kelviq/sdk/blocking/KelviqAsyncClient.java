package com.kelviq.sdk.blocking;

import com.kelviq.sdk.future.KelviqFutures;

/**
 * The same five areas as {@link KelviqBlockingClient}, returning
 * {@link java.util.concurrent.CompletableFuture}s instead of blocking. Obtained from
 * {@link KelviqBlockingClient#async()}; it shares that client's connections and is closed with it.
 *
 * <pre>{@code
 * KelviqAsyncClient async = client.async();
 * async.customers().retrieve("c1")
 *     .thenAccept(customer -> System.out.println(customer.getEmail()))
 *     .exceptionally(error -> { log.warn("lookup failed", error); return null; });
 * }</pre>
 *
 * <p>Futures complete on the SDK's background threads: do not block inside their callbacks.
 * They fail with the same {@code KelviqException} subclasses the blocking calls throw, and
 * cancelling one aborts its HTTP exchange. Thread-safe.
 */
public final class KelviqAsyncClient {
    private final AsyncCustomersApi customers;
    private final AsyncCheckoutApi checkout;
    private final AsyncEntitlementsApi entitlements;
    private final AsyncReportingApi reporting;
    private final AsyncSubscriptionsApi subscriptions;
    private final String description;

    KelviqAsyncClient(KelviqFutures futures, String description) {
        this.customers = new AsyncCustomersApi(futures.getCustomers());
        this.checkout = new AsyncCheckoutApi(futures.getCheckout());
        this.entitlements = new AsyncEntitlementsApi(futures.getEntitlements());
        this.reporting = new AsyncReportingApi(futures.getReporting());
        this.subscriptions = new AsyncSubscriptionsApi(futures.getSubscriptions());
        this.description = description;
    }

    /**
     * Customers: create, retrieve, update, list, listAll, archive.
     *
     * @return the customers area
     */
    public AsyncCustomersApi customers() {
        return customers;
    }

    /**
     * Checkout: createSession.
     *
     * @return the checkout area
     */
    public AsyncCheckoutApi checkout() {
        return checkout;
    }

    /**
     * Entitlements: hasAccess, getEntitlement, getAllEntitlements.
     *
     * @return the entitlements area
     */
    public AsyncEntitlementsApi entitlements() {
        return entitlements;
    }

    /**
     * Reporting: reportUsage, reportEvent.
     *
     * @return the reporting area
     */
    public AsyncReportingApi reporting() {
        return reporting;
    }

    /**
     * Subscriptions: update, cancel, list, listAll, retrieve, create.
     *
     * @return the subscriptions area
     */
    public AsyncSubscriptionsApi subscriptions() {
        return subscriptions;
    }

    /** Shows the configuration, never the API key. */
    @Override
    public String toString() {
        return "KelviqAsyncClient(" + description + ")";
    }
}
