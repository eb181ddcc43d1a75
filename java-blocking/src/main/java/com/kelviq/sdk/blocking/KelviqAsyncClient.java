package com.kelviq.sdk.blocking;

import com.kelviq.sdk.internal.bridge.FuturesBridge;

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
 * <p>Each operation's contract is in {@link com.kelviq.sdk.KelviqOperation}. Futures complete on the SDK's
 * background threads: do not block inside their callbacks. Thread-safe.
 */
public final class KelviqAsyncClient {
    private final AsyncCustomersApi customers;
    private final AsyncCheckoutApi checkout;
    private final AsyncEntitlementsApi entitlements;
    private final AsyncReportingApi reporting;
    private final AsyncSubscriptionsApi subscriptions;
    private final String description;

    KelviqAsyncClient(FuturesBridge bridge, String description) {
        this.customers = new AsyncCustomersApi(bridge);
        this.checkout = new AsyncCheckoutApi(bridge);
        this.entitlements = new AsyncEntitlementsApi(bridge);
        this.reporting = new AsyncReportingApi(bridge);
        this.subscriptions = new AsyncSubscriptionsApi(bridge);
        this.description = description;
    }

    /**
     * The customers area.
     *
     * @return the customers area
     */
    public AsyncCustomersApi customers() {
        return customers;
    }

    /**
     * The checkout area.
     *
     * @return the checkout area
     */
    public AsyncCheckoutApi checkout() {
        return checkout;
    }

    /**
     * The entitlements area.
     *
     * @return the entitlements area
     */
    public AsyncEntitlementsApi entitlements() {
        return entitlements;
    }

    /**
     * The reporting area.
     *
     * @return the reporting area
     */
    public AsyncReportingApi reporting() {
        return reporting;
    }

    /**
     * The subscriptions area.
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
