package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.KelviqCore;
import com.kelviq.sdk.RawResponse;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.CoreServices;
import com.kelviq.sdk.internal.KelviqInternals;
import com.kelviq.sdk.internal.transport.ResponseCapture;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.webhooks.WebhookHandler;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Kelviq API as plain blocking Java calls.
 *
 * <pre>{@code
 * try (KelviqBlockingClient client = KelviqBlockingClient.builder()
 *         .apiKey(System.getenv("KELVIQ_API_KEY"))
 *         .environment(Environment.SANDBOX)
 *         .build()) {
 *     Customer ann = client.customers().create(
 *         CreateCustomerParams.builder().customerId("c1").email("a@b.co").build());
 *     boolean canUse = client.entitlements().hasAccess("c1", "seats");
 *     for (Subscription s : client.subscriptions().listAll()) {
 *         System.out.println(s.getStatus());
 *     }
 * } catch (NotFoundException e) {
 *     // every failure is a KelviqException subclass, thrown as is
 * }
 * }</pre>
 *
 * <p>How each call blocks, fails (unchecked {@code KelviqException}s, never wrapped) and reacts to an
 * interrupt is written once, with every operation's contract, in {@link com.kelviq.sdk.KelviqOperation}.
 *
 * <p>Thread-safe: build one client per configuration and share it. {@link #close()} releases its
 * connections. {@link #async()} gives the same operations as {@code CompletableFuture}s.
 */
public final class KelviqBlockingClient implements AutoCloseable {
    private final KelviqCore core;
    private final CoreServices services;
    private final BlockingCustomersApi customers;
    private final BlockingCheckoutApi checkout;
    private final BlockingPortalApi portal;
    private final BlockingChargesApi charges;
    private final BlockingRefundsApi refunds;
    private final BlockingLicensesApi licenses;
    private final BlockingTransactionsApi transactions;
    private final BlockingOrdersApi orders;
    private final BlockingPaymentMethodsApi paymentMethods;
    private final BlockingOfferingsApi offerings;
    private final BlockingEntitlementsApi entitlements;
    private final BlockingReportingApi reporting;
    private final BlockingSubscriptionsApi subscriptions;
    private final KelviqAsyncClient async;

    private KelviqBlockingClient(KelviqCore core, CoreServices services) {
        this.core = core;
        this.services = services;
        // Blocking calls run on the calling thread (no hop); async() keeps the SDK-thread futures.
        FuturesBridge bridge = services.getCallerThreadFutures();
        this.customers = new BlockingCustomersApi(bridge);
        this.checkout = new BlockingCheckoutApi(bridge);
        this.portal = new BlockingPortalApi(bridge);
        this.charges = new BlockingChargesApi(bridge);
        this.refunds = new BlockingRefundsApi(bridge);
        this.licenses = new BlockingLicensesApi(bridge);
        this.transactions = new BlockingTransactionsApi(bridge);
        this.orders = new BlockingOrdersApi(bridge);
        this.paymentMethods = new BlockingPaymentMethodsApi(bridge);
        this.offerings = new BlockingOfferingsApi(bridge);
        this.entitlements = new BlockingEntitlementsApi(bridge);
        this.reporting = new BlockingReportingApi(bridge);
        this.subscriptions = new BlockingSubscriptionsApi(bridge);
        this.async = new KelviqAsyncClient(services, "config=" + core.getConfig());
    }

    /**
     * A client with its own core (cache, reporter, connection cap), configured by {@code config}; on the default
     * engine it shares the JVM's JDK client for its connection settings (README, "Connections").
     *
     * @param config the configuration (API key, environment, timeouts, ...)
     * @return a new client, to {@link #close()} when done
     */
    public static KelviqBlockingClient create(KelviqConfig config) {
        return create(KelviqCore.create(Objects.requireNonNull(config, "config")));
    }

    /**
     * A client over an existing core, sharing its connections, cache and reporter with the Reactor or
     * coroutines clients built over it; {@link #close()} closes that core, so close only the last user.
     *
     * @param core the core to wrap
     * @return a new client over {@code core}
     */
    public static KelviqBlockingClient create(KelviqCore core) {
        Objects.requireNonNull(core, "core");
        return new KelviqBlockingClient(core, KelviqInternals.services(core));
    }

    /** @return a client configured by {@link KelviqConfig#fromEnv()} (its variables and refusals) */
    public static KelviqBlockingClient fromEnv() {
        return create(KelviqConfig.fromEnv());
    }

    /**
     * A builder taking the same settings as {@link KelviqConfig.Builder}; only the API key is
     * required.
     *
     * @return a new builder
     */
    public static KelviqBlockingClientBuilder builder() {
        return new KelviqBlockingClientBuilder();
    }

    /** @return the customers area */
    public BlockingCustomersApi customers() {
        return customers;
    }

    /** @return the checkout area */
    public BlockingCheckoutApi checkout() {
        return checkout;
    }

    /** @return the one-time charges area */
    public BlockingChargesApi charges() {
        return charges;
    }

    /** @return the refunds area */
    public BlockingRefundsApi refunds() {
        return refunds;
    }

    /** @return the licenses area */
    public BlockingLicensesApi licenses() {
        return licenses;
    }

    /** @return the transactions area */
    public BlockingTransactionsApi transactions() {
        return transactions;
    }

    /** @return the orders area */
    public BlockingOrdersApi orders() {
        return orders;
    }

    /** @return the payment-methods area */
    public BlockingPaymentMethodsApi paymentMethods() {
        return paymentMethods;
    }

    /** @return the product-offerings area */
    public BlockingOfferingsApi offerings() {
        return offerings;
    }

    /** @return the customer portal area */
    public BlockingPortalApi portal() {
        return portal;
    }

    /** @return the entitlements area */
    public BlockingEntitlementsApi entitlements() {
        return entitlements;
    }

    /** @return the reporting area */
    public BlockingReportingApi reporting() {
        return reporting;
    }

    /** @return the subscriptions area */
    public BlockingSubscriptionsApi subscriptions() {
        return subscriptions;
    }

    /** @return the same operations as {@code CompletableFuture}s, over this client's connections */
    public KelviqAsyncClient async() {
        return async;
    }

    /** @return this client's {@link WebhookHandler}; a {@code KelviqValidationException} when no webhookSecret is set */
    public WebhookHandler webhooks() {
        return services.requireWebhooks();
    }

    /**
     * A view of this client whose calls use {@code options} as their defaults (a call's own options still win
     * on each value; headers of both are sent). It shares this client's connections, cache and background
     * reporter (queued reports keep the client's settings); closing either closes both.
     *
     * @param options the defaults of the view
     * @return the view
     */
    public KelviqBlockingClient withOptions(RequestOptions options) {
        return new KelviqBlockingClient(core, services.withDefaults(Objects.requireNonNull(options, "options")));
    }

    /**
     * Runs {@code call}, e.g. {@code c -> c.customers().retrieve("c1")}, and returns its result with the HTTP
     * response it came from (status, headers, request id; see {@link RawResponse}).
     *
     * @param call the call to make through this client
     * @param <T> the call's result type
     * @return the result with its response
     */
    public <T> RawResponse<T> withRawResponse(Function<KelviqBlockingClient, T> call) {
        ResponseCapture capture = new ResponseCapture();
        T value = ResponseCapture.runWith(capture, () -> call.apply(this));
        return capture.toRaw(value);
    }

    /** @return the configuration this client was built with ({@code toString()} hides the API key) */
    public KelviqConfig config() {
        return core.getConfig();
    }

    /** @return the core this client runs on, to build other flavours sharing its connections */
    public KelviqCore core() {
        return core;
    }

    /**
     * Closes the underlying core ({@link KelviqCore#close()}): calls made afterwards fail at once with a
     * {@link com.kelviq.sdk.errors.KelviqClosedException}. Idempotent.
     */
    @Override
    public void close() {
        core.close();
    }

    /** Shows the configuration, never the API key. */
    @Override
    public String toString() {
        return "KelviqBlockingClient(config=" + core.getConfig() + ")";
    }
}
