package com.kelviq.sdk.blocking;

import com.kelviq.sdk.RawResponse;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.CoreServices;
import com.kelviq.sdk.internal.transport.ResponseCapture;
import com.kelviq.sdk.webhooks.WebhookHandler;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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
    private final AsyncPortalApi portal;
    private final AsyncChargesApi charges;
    private final AsyncRefundsApi refunds;
    private final AsyncLicensesApi licenses;
    private final AsyncTransactionsApi transactions;
    private final AsyncOrdersApi orders;
    private final AsyncPaymentMethodsApi paymentMethods;
    private final AsyncOfferingsApi offerings;
    private final AsyncEntitlementsApi entitlements;
    private final AsyncReportingApi reporting;
    private final AsyncSubscriptionsApi subscriptions;
    private final String description;

    private final CoreServices services;

    KelviqAsyncClient(CoreServices services, String description) {
        this.services = services;
        FuturesBridge bridge = services.getFutures();
        this.customers = new AsyncCustomersApi(bridge);
        this.checkout = new AsyncCheckoutApi(bridge);
        this.portal = new AsyncPortalApi(bridge);
        this.charges = new AsyncChargesApi(bridge);
        this.refunds = new AsyncRefundsApi(bridge);
        this.licenses = new AsyncLicensesApi(bridge);
        this.transactions = new AsyncTransactionsApi(bridge);
        this.orders = new AsyncOrdersApi(bridge);
        this.paymentMethods = new AsyncPaymentMethodsApi(bridge);
        this.offerings = new AsyncOfferingsApi(bridge);
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
     * The one-time charges area.
     *
     * @return the one-time charges area
     */
    public AsyncChargesApi charges() {
        return charges;
    }

    /**
     * The refunds area.
     *
     * @return the refunds area
     */
    public AsyncRefundsApi refunds() {
        return refunds;
    }

    /**
     * The licenses area.
     *
     * @return the licenses area
     */
    public AsyncLicensesApi licenses() {
        return licenses;
    }

    /**
     * The transactions area.
     *
     * @return the transactions area
     */
    public AsyncTransactionsApi transactions() {
        return transactions;
    }

    /**
     * The orders area.
     *
     * @return the orders area
     */
    public AsyncOrdersApi orders() {
        return orders;
    }

    /**
     * The payment-methods area.
     *
     * @return the payment-methods area
     */
    public AsyncPaymentMethodsApi paymentMethods() {
        return paymentMethods;
    }

    /**
     * The product-offerings area.
     *
     * @return the product-offerings area
     */
    public AsyncOfferingsApi offerings() {
        return offerings;
    }

    /**
     * The customer portal area.
     *
     * @return the customer portal area
     */
    public AsyncPortalApi portal() {
        return portal;
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

    /**
     * This client's webhook handling: verify a delivery, drop repeats, refresh the cached entitlements of the
     * customer it concerns ({@link WebhookHandler}). No I/O.
     *
     * @return the handler
     * @throws com.kelviq.sdk.errors.KelviqValidationException naming {@code webhookSecret} when it is not configured
     */
    public WebhookHandler webhooks() {
        return services.requireWebhooks();
    }

    /**
     * A view of this client whose calls use {@code options} as their defaults; see
     * {@link KelviqBlockingClient#withOptions(RequestOptions)}.
     *
     * @param options the defaults of the view
     * @return the view
     */
    public KelviqAsyncClient withOptions(RequestOptions options) {
        return new KelviqAsyncClient(services.withDefaults(Objects.requireNonNull(options, "options")), description);
    }

    /**
     * The future {@code call} starts, completing with its result and the HTTP response it came from (status,
     * headers, request id); see {@link RawResponse}.
     *
     * <pre>{@code
     * async.withRawResponse(a -> a.customers().retrieve("c1")).thenAccept(raw -> log.info("{}", raw.getRequestId()));
     * }</pre>
     *
     * @param call the call to start through this client
     * @param <T> the call's result type
     * @return a future of the result with its response
     */
    public <T> CompletableFuture<RawResponse<T>> withRawResponse(Function<KelviqAsyncClient, CompletableFuture<T>> call) {
        ResponseCapture capture = new ResponseCapture();
        CompletableFuture<T> started = ResponseCapture.runWith(capture, () -> call.apply(this));
        return Futures.map(started, capture::toRaw);
    }

    /** Shows the configuration, never the API key. */
    @Override
    public String toString() {
        return "KelviqAsyncClient(" + description + ")";
    }
}
