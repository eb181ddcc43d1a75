package com.kelviq.sdk.blocking;

import com.kelviq.sdk.ConnectionConfig;
import com.kelviq.sdk.EntitlementCacheConfig;
import com.kelviq.sdk.Environment;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.KelviqCore;
import com.kelviq.sdk.ReporterConfig;
import com.kelviq.sdk.internal.CoreServices;
import com.kelviq.sdk.internal.KelviqInternals;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

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
 * <p>Each call blocks the calling thread until the answer arrives; the HTTP exchange itself runs
 * on the SDK's background threads. Failures are thrown as the SDK's unchecked
 * {@code KelviqException} subclasses ({@code NotFoundException}, {@code KelviqValidationException},
 * {@code KelviqIoException}, ...), never wrapped in {@code ExecutionException}. If the waiting
 * thread is interrupted (before or during the call), the call is cancelled and its HTTP exchange
 * aborted, the thread's interrupt flag stays set, and a {@code KelviqIoException} whose cause is
 * the {@link InterruptedException} is thrown.
 *
 * <p>Thread-safe: build one client per configuration and share it. {@link #close()} releases its
 * connections. {@link #async()} gives the same operations as {@code CompletableFuture}s.
 */
public final class KelviqBlockingClient implements AutoCloseable {
    private final KelviqCore core;
    private final BlockingCustomersApi customers;
    private final BlockingCheckoutApi checkout;
    private final BlockingEntitlementsApi entitlements;
    private final BlockingReportingApi reporting;
    private final BlockingSubscriptionsApi subscriptions;
    private final KelviqAsyncClient async;

    private KelviqBlockingClient(KelviqCore core) {
        this.core = Objects.requireNonNull(core, "core");
        // Blocking calls run on the calling thread (no hop); async() keeps the SDK-thread futures.
        CoreServices services = KelviqInternals.services(core);
        FuturesBridge bridge = services.getCallerThreadFutures();
        this.customers = new BlockingCustomersApi(bridge);
        this.checkout = new BlockingCheckoutApi(bridge);
        this.entitlements = new BlockingEntitlementsApi(bridge);
        this.reporting = new BlockingReportingApi(bridge);
        this.subscriptions = new BlockingSubscriptionsApi(bridge);
        this.async = new KelviqAsyncClient(services.getFutures(), "config=" + core.getConfig());
    }

    /**
     * A client with its own connection pool, configured by {@code config}.
     *
     * @param config the configuration (API key, environment, timeouts, ...)
     * @return a new client, to {@link #close()} when done
     */
    public static KelviqBlockingClient create(KelviqConfig config) {
        return new KelviqBlockingClient(KelviqCore.create(Objects.requireNonNull(config, "config")));
    }

    /**
     * A client over an existing core, e.g. to share one connection pool with a Reactor or
     * coroutines client built over the same core.
     *
     * <p>The client takes ownership of the core: {@link #close()} closes it too, which also stops
     * every other client sharing it. Close only the last user, or do not close this client and
     * close the core yourself.
     *
     * @param core the core to wrap
     * @return a new client over {@code core}
     */
    public static KelviqBlockingClient create(KelviqCore core) {
        return new KelviqBlockingClient(core);
    }

    /**
     * A client configured from the environment variables {@code KELVIQ_API_KEY} (required),
     * {@code KELVIQ_ENVIRONMENT}, {@code KELVIQ_BASE_URL} and {@code KELVIQ_EDGE_URL}.
     *
     * @return a new client, to {@link #close()} when done
     * @throws com.kelviq.sdk.errors.KelviqValidationException when {@code KELVIQ_API_KEY} is
     *     missing or a value is invalid
     */
    public static KelviqBlockingClient fromEnv() {
        return create(KelviqConfig.fromEnv());
    }

    /**
     * A builder taking the same settings as {@link KelviqConfig.Builder}; only the API key is
     * required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The customers area.
     *
     * @return the customers area
     */
    public BlockingCustomersApi customers() {
        return customers;
    }

    /**
     * The checkout area.
     *
     * @return the checkout area
     */
    public BlockingCheckoutApi checkout() {
        return checkout;
    }

    /**
     * The entitlements area.
     *
     * @return the entitlements area
     */
    public BlockingEntitlementsApi entitlements() {
        return entitlements;
    }

    /**
     * The reporting area.
     *
     * @return the reporting area
     */
    public BlockingReportingApi reporting() {
        return reporting;
    }

    /**
     * The subscriptions area.
     *
     * @return the subscriptions area
     */
    public BlockingSubscriptionsApi subscriptions() {
        return subscriptions;
    }

    /**
     * The same operations returning {@code CompletableFuture}s, over this client's connections
     * (closing this client closes them too).
     *
     * @return the asynchronous view of this client
     */
    public KelviqAsyncClient async() {
        return async;
    }

    /**
     * The configuration this client was built with ({@code toString()} hides the API key).
     *
     * @return the configuration
     */
    public KelviqConfig config() {
        return core.getConfig();
    }

    /**
     * The core this client runs on, to build other client flavours sharing its connections.
     *
     * @return the underlying core
     */
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

    /**
     * Builds a {@link KelviqBlockingClient}; the setters mirror {@link KelviqConfig.Builder}.
     *
     * <pre>{@code
     * KelviqBlockingClient client = KelviqBlockingClient.builder()
     *     .apiKey("sk_...")
     *     .environment(Environment.SANDBOX)
     *     .timeout(Duration.ofSeconds(5))
     *     .maxRetries(3)
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private final KelviqConfig.Builder config = KelviqConfig.builder();

        private Builder() {
        }

        /** {@link KelviqConfig.Builder#apiKey(String)}; returns this builder. */
        public Builder apiKey(String apiKey) {
            config.apiKey(apiKey);
            return this;
        }

        /** {@link KelviqConfig.Builder#environment(Environment)}; returns this builder. */
        public Builder environment(Environment environment) {
            config.environment(environment);
            return this;
        }

        /** {@link KelviqConfig.Builder#baseUrl(String)}; returns this builder. */
        public Builder baseUrl(@Nullable String baseUrl) {
            config.baseUrl(baseUrl);
            return this;
        }

        /** {@link KelviqConfig.Builder#edgeUrl(String)}; returns this builder. */
        public Builder edgeUrl(@Nullable String edgeUrl) {
            config.edgeUrl(edgeUrl);
            return this;
        }

        /** {@link KelviqConfig.Builder#apiVersion(String)}; returns this builder. */
        public Builder apiVersion(String apiVersion) {
            config.apiVersion(apiVersion);
            return this;
        }

        /** {@link KelviqConfig.Builder#timeout(Duration)}; returns this builder. */
        public Builder timeout(Duration timeout) {
            config.timeout(timeout);
            return this;
        }

        /** {@link KelviqConfig.Builder#connectTimeout(Duration)}; returns this builder. */
        public Builder connectTimeout(Duration connectTimeout) {
            config.connectTimeout(connectTimeout);
            return this;
        }

        /** {@link KelviqConfig.Builder#maxRetries(int)}; returns this builder. */
        public Builder maxRetries(int maxRetries) {
            config.maxRetries(maxRetries);
            return this;
        }

        /** {@link KelviqConfig.Builder#allowInsecureHttp(boolean)}; returns this builder. */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            config.allowInsecureHttp(allowInsecureHttp);
            return this;
        }

        /** {@link KelviqConfig.Builder#callTimeout(Duration)}; returns this builder. */
        public Builder callTimeout(Duration callTimeout) {
            config.callTimeout(callTimeout);
            return this;
        }

        /** {@link KelviqConfig.Builder#entitlementCache(EntitlementCacheConfig)}; returns this builder. */
        public Builder entitlementCache(EntitlementCacheConfig entitlementCache) {
            config.entitlementCache(entitlementCache);
            return this;
        }

        /** {@link KelviqConfig.Builder#reporter(ReporterConfig)}; returns this builder. */
        public Builder reporter(ReporterConfig reporter) {
            config.reporter(reporter);
            return this;
        }

        /** {@link KelviqConfig.Builder#connection(ConnectionConfig)}; returns this builder. */
        public Builder connection(ConnectionConfig connection) {
            config.connection(connection);
            return this;
        }

        /**
         * Checks the settings and builds the client.
         *
         * @return a new client, to {@link KelviqBlockingClient#close()} when done
         * @throws com.kelviq.sdk.errors.KelviqValidationException naming the field when a setting is
         *     missing or invalid
         */
        public KelviqBlockingClient build() {
            return create(config.build());
        }

        /** Shows the settings, never the API key. */
        @Override
        public String toString() {
            return "KelviqBlockingClient.Builder(" + config + ")";
        }
    }
}
