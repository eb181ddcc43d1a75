@file:OptIn(InternalKelviqApi::class)

package com.kelviq.sdk.reactor

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.Environment
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.RawResponse
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.CoreServices
import com.kelviq.sdk.internal.InternalKelviqApi
import com.kelviq.sdk.internal.KelviqInternals
import com.kelviq.sdk.internal.transport.ResponseCapture
import com.kelviq.sdk.webhooks.WebhookHandler
import java.time.Duration
import java.util.function.Function
import reactor.core.publisher.Mono

/**
 * The Kelviq client for Project Reactor (Spring WebFlux and other reactive stacks), usable from
 * Java and Kotlin: every operation returns a cold [reactor.core.publisher.Mono], paginated listings a
 * [reactor.core.publisher.Flux] that fetches pages on demand.
 *
 * ```java
 * try (ReactorKelviqClient kelviq = ReactorKelviqClient.builder()
 *         .apiKey(System.getenv("KELVIQ_API_KEY"))
 *         .environment(Environment.SANDBOX)
 *         .build()) {
 *     Mono<Boolean> canUse = kelviq.entitlements().hasAccess("c1", "seats");
 *     Flux<Customer> everyone = kelviq.customers().listAll();
 * }
 * ```
 *
 * Each operation's contract is written once, in [com.kelviq.sdk.KelviqOperation]. Nothing is sent before
 * subscription, and each subscription sends the request again (use `cache()` to share one result). No operation blocks the subscribing thread, so they are safe on
 * Reactor's non-blocking threads (e.g. Netty event loops, `Schedulers.parallel()`); signals are
 * delivered on the SDK's coroutine threads (`Dispatchers.Default`), so use `publishOn` to move them.
 * Disposing a subscription cancels the HTTP exchange in flight. Errors arrive as `onError` with
 * the SDK's exceptions ([com.kelviq.sdk.errors.KelviqException] and its subclasses).
 *
 * The client is thread-safe; create one per application and [close] it on shutdown.
 * `toString()` never shows the API key.
 */
public class ReactorKelviqClient private constructor(private val core: KelviqCore, private val services: CoreServices) : AutoCloseable {
    init {
        KelviqInternals.requireCompatibleWithReactor()
    }

    private val customers = ReactorCustomersApi(services.customers)
    private val checkout = ReactorCheckoutApi(services.checkout)
    private val portal = ReactorPortalApi(services.portal)
    private val charges = ReactorChargesApi(services.charges)
    private val refunds = ReactorRefundsApi(services.refunds)
    private val licenses = ReactorLicensesApi(services.licenses)
    private val transactions = ReactorTransactionsApi(services.transactions)
    private val orders = ReactorOrdersApi(services.orders)
    private val paymentMethods = ReactorPaymentMethodsApi(services.paymentMethods)
    private val offerings = ReactorOfferingsApi(services.offerings)
    private val entitlements = ReactorEntitlementsApi(services.entitlements)
    private val reporting = ReactorReportingApi(services.reporting)
    private val subscriptions = ReactorSubscriptionsApi(services.subscriptions)

    /** The engine this client delegates to; pass it to another flavour to share one connection pool. */
    public fun core(): KelviqCore = core

    /** The configuration of this client. */
    public fun config(): KelviqConfig = core.config

    /** The customers area. */
    public fun customers(): ReactorCustomersApi = customers

    /** The checkout area. */
    public fun checkout(): ReactorCheckoutApi = checkout

    /** The one-time charges area. */
    public fun charges(): ReactorChargesApi = charges

    /** The refunds area. */
    public fun refunds(): ReactorRefundsApi = refunds

    /** The licenses area. */
    public fun licenses(): ReactorLicensesApi = licenses

    /** The transactions area. */
    public fun transactions(): ReactorTransactionsApi = transactions

    /** The orders area. */
    public fun orders(): ReactorOrdersApi = orders

    /** The payment-methods area. */
    public fun paymentMethods(): ReactorPaymentMethodsApi = paymentMethods

    /** The product-offerings area. */
    public fun offerings(): ReactorOfferingsApi = offerings

    /** The customer portal area. */
    public fun portal(): ReactorPortalApi = portal

    /** The entitlements area. */
    public fun entitlements(): ReactorEntitlementsApi = entitlements

    /** The reporting area. */
    public fun reporting(): ReactorReportingApi = reporting

    /** The subscriptions area. */
    public fun subscriptions(): ReactorSubscriptionsApi = subscriptions

    /**
     * This client's webhook handling ([WebhookHandler]); it does no I/O, so it runs on any thread.
     *
     * @throws com.kelviq.sdk.errors.KelviqValidationException naming `webhookSecret` when it is not configured.
     */
    public fun webhooks(): WebhookHandler = services.requireWebhooks()

    /**
     * A view of this client whose calls use [options] as their defaults (a call's own options still win on
     * each value; headers of both are sent), sharing its connections, cache and reporter; closing either closes both.
     */
    public fun withOptions(options: RequestOptions): ReactorKelviqClient = ReactorKelviqClient(core, services.withDefaults(options))

    /**
     * The `Mono` [call] makes, its value paired with the HTTP response it came from (status, headers, request
     * id); see [RawResponse]. Cold like the call itself: each subscription calls again.
     *
     * ```java
     * kelviq.withRawResponse(k -> k.customers().retrieve("c1")).subscribe(raw -> log.info("{}", raw.getRequestId()));
     * ```
     */
    public fun <T : Any> withRawResponse(call: Function<ReactorKelviqClient, Mono<T>>): Mono<RawResponse<T>> = Mono.defer {
        val capture = ResponseCapture()
        call.apply(this).map { capture.toRaw(it) }.contextWrite { it.put(ResponseCapture, capture) }
    }

    /**
     * Closes the underlying core ([KelviqCore.close]): calls in flight and later subscriptions signal a
     * [com.kelviq.sdk.errors.KelviqClosedException]. Idempotent.
     *
     * This closes the underlying core too, also when the client was built with [create] over an
     * existing core: other clients sharing that core stop working as well.
     */
    override fun close() {
        core.close()
    }

    /** Shows the configuration; the API key is redacted. */
    override fun toString(): String = "ReactorKelviqClient(config=${core.config})"

    /**
     * Builds a [ReactorKelviqClient]; the setters are those of [KelviqConfig.Builder], and only
     * [apiKey] is required.
     *
     * ```java
     * ReactorKelviqClient kelviq = ReactorKelviqClient.builder().apiKey(key).timeout(Duration.ofSeconds(5)).build();
     * ```
     */
    public class Builder internal constructor() {
        private val config = KelviqConfig.builder()

        /** The Server API key, sent as `Authorization: Bearer {apiKey}`. Required. */
        public fun apiKey(apiKey: String): Builder = apply { config.apiKey(apiKey) }

        /** The environment whose hosts are used, `PRODUCTION` by default. */
        public fun environment(environment: Environment): Builder = apply { config.environment(environment) }

        /** Overrides the environment's API base URL. */
        public fun baseUrl(baseUrl: String?): Builder = apply { config.baseUrl(baseUrl) }

        /** Overrides the environment's edge base URL (entitlements). */
        public fun edgeUrl(edgeUrl: String?): Builder = apply { config.edgeUrl(edgeUrl) }

        /** The API version, `v1` by default. */
        public fun apiVersion(apiVersion: String): Builder = apply { config.apiVersion(apiVersion) }

        /** The total time allowed for one attempt of a request, 10 s by default. */
        public fun timeout(timeout: Duration): Builder = apply { config.timeout(timeout) }

        /** The time allowed to connect, 10 s by default. */
        public fun connectTimeout(connectTimeout: Duration): Builder = apply { config.connectTimeout(connectTimeout) }

        /** Extra attempts after a failure whose retry is safe (0 disables retries), 2 by default. */
        public fun maxRetries(maxRetries: Int): Builder = apply { config.maxRetries(maxRetries) }

        /** Allows plain `http://` to non-loopback hosts. `false` by default. */
        public fun allowInsecureHttp(allowInsecureHttp: Boolean): Builder = apply { config.allowInsecureHttp(allowInsecureHttp) }

        /** Bounds a whole call, every attempt and wait included (2 min by default). */
        public fun callTimeout(callTimeout: Duration): Builder = apply { config.callTimeout(callTimeout) }

        /** Configures the entitlement cache (on, 60 s, by default); [EntitlementCacheConfig.DISABLED] turns it off. */
        public fun entitlementCache(entitlementCache: EntitlementCacheConfig): Builder =
            apply { config.entitlementCache(entitlementCache) }

        /** Configures the background reporter behind `reporting().enqueueEvent/enqueueUsage`. */
        public fun reporter(reporter: ReporterConfig): Builder = apply { config.reporter(reporter) }

        /**
         * Checks the settings and builds the client.
         *
         * @throws com.kelviq.sdk.errors.KelviqValidationException naming the setting that is missing or invalid.
         */
        public fun build(): ReactorKelviqClient = create(config.build())

        override fun toString(): String = "ReactorKelviqClient.Builder(apiKey=****)"
    }

    /** Factories. */
    public companion object {
        /** A client with its own core (cache, reporter, connection cap), configured by [config]; on the default engine it shares the JVM's JDK client for its connection settings (README, "Connections"). */
        @JvmStatic
        public fun create(config: KelviqConfig): ReactorKelviqClient = create(KelviqCore.create(config))

        /**
         * A client over an existing [core], e.g. to share one connection pool with a coroutines or
         * blocking client. [close] then closes that core too.
         */
        @JvmStatic
        public fun create(core: KelviqCore): ReactorKelviqClient = ReactorKelviqClient(core, KelviqInternals.services(core))

        /** A new [Builder]. */
        @JvmStatic
        public fun builder(): Builder = Builder()

        /** A client configured by [KelviqConfig.fromEnv] (its variables and refusals). */
        @JvmStatic
        public fun fromEnv(): ReactorKelviqClient = create(KelviqConfig.fromEnv())
    }
}
