package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.RawResponse
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.CoreServices
import com.kelviq.sdk.internal.InternalKelviqApi
import com.kelviq.sdk.internal.KelviqInternals
import com.kelviq.sdk.internal.transport.ResponseCapture
import com.kelviq.sdk.webhooks.WebhookHandler
import io.ktor.client.engine.HttpClientEngine
import kotlinx.coroutines.withContext

/**
 * The Kelviq client for Kotlin coroutines: every operation is a `suspend` function, paginated
 * listings are cold [Flow][kotlinx.coroutines.flow.Flow]s, and operations also take named arguments.
 *
 * ```kotlin
 * KelviqClient { apiKey = System.getenv("KELVIQ_API_KEY"); environment = Environment.SANDBOX }.use { kelviq ->
 *     val customer = kelviq.customers.create(customerId = "c1", email = "a@b.co", name = "Ann")
 *     if (kelviq.entitlements.hasAccess(customerId = "c1", featureId = "seats")) { /* ... */ }
 *     kelviq.customers.listAll(pageSize = 50).collect { println(it.customerId) }
 * }
 * ```
 *
 * Operations suspend instead of blocking and may be called from any dispatcher; each one's contract is
 * written once, in [com.kelviq.sdk.KelviqOperation]. The client is thread-safe; create one per
 * application and [close] it on shutdown. `toString()` never shows the API key.
 */
public class KelviqClient private constructor(
    /** The core this client runs on; pass it to another flavour (e.g. `ReactorKelviqClient.create(client.core)`) to share it. */
    public val core: KelviqCore,
    private val services: CoreServices,
) : AutoCloseable {

    /** A client over an existing [core], sharing its connections, cache and reporter with the other clients over it. */
    @OptIn(InternalKelviqApi::class)
    public constructor(core: KelviqCore) : this(core, KelviqInternals.services(core))

    /**
     * A client with its own core (cache, reporter, connection cap), configured by [config]; on the default engine it
     * shares the JVM's JDK client for its connection settings (README, "Connections").
     *
     * ```kotlin
     * val kelviq = KelviqClient(KelviqConfig.builder().apiKey(key).build())
     * ```
     */
    public constructor(config: KelviqConfig) : this(KelviqCore.create(config))

    /**
     * A client whose HTTP goes through a Ktor [engine] of your choice (OkHttp, Apache5, a shared CIO engine,
     * ...) instead of the one [KelviqConfig.connection] names; the rest of [config] applies as usual. The
     * engine's own settings then govern connections, proxy and TLS, and its retry behaviour must not resend
     * requests by itself (OkHttp's `retryOnConnectionFailure` must be off): the SDK decides what may be sent
     * again. Closing the client closes [engine].
     *
     * ```kotlin
     * val kelviq = KelviqClient(config, OkHttp.create { config { retryOnConnectionFailure(false) } })
     * ```
     */
    @OptIn(InternalKelviqApi::class)
    public constructor(config: KelviqConfig, engine: HttpClientEngine) : this(KelviqInternals.coreWithEngine(config, engine))

    /** The configuration of the underlying [core]. */
    public val config: KelviqConfig get() = core.config

    /** The customers area. */
    public val customers: CustomersApi = CustomersApi(services.customers)

    /** The checkout area. */
    public val checkout: CheckoutApi = CheckoutApi(services.checkout)

    /** The one-time charges area. */
    public val charges: ChargesApi = ChargesApi(services.charges)

    /** The refunds area. */
    public val refunds: RefundsApi = RefundsApi(services.refunds)

    /** The licenses area. */
    public val licenses: LicensesApi = LicensesApi(services.licenses)

    /** The transactions area. */
    public val transactions: TransactionsApi = TransactionsApi(services.transactions)

    /** The orders area. */
    public val orders: OrdersApi = OrdersApi(services.orders)

    /** The payment-methods area. */
    public val paymentMethods: PaymentMethodsApi = PaymentMethodsApi(services.paymentMethods)

    /** The product-offerings area. */
    public val offerings: OfferingsApi = OfferingsApi(services.offerings)

    /** The customer portal area. */
    public val portal: PortalApi = PortalApi(services.portal)

    /** The entitlements area. */
    public val entitlements: EntitlementsApi = EntitlementsApi(services.entitlements)

    /** The reporting area. */
    public val reporting: ReportingApi = ReportingApi(services.reporting)

    /** The subscriptions area. */
    public val subscriptions: SubscriptionsApi = SubscriptionsApi(services.subscriptions)

    /**
     * This client's webhook handling: verify a delivery, drop repeats, refresh the cached entitlements of the
     * customer it concerns ([WebhookHandler]).
     *
     * @throws com.kelviq.sdk.errors.KelviqValidationException naming `webhookSecret` when it is not configured.
     */
    public fun webhooks(): WebhookHandler = services.requireWebhooks()

    /**
     * A view of this client whose calls use [options] as their defaults (a call's own options still win on
     * each value; headers of both are sent). It shares this client's connections, cache and background
     * reporter (queued reports keep the client's settings); closing either closes both.
     *
     * ```kotlin
     * val patient = kelviq.withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(30)).maxRetries(5).build())
     * ```
     */
    public fun withOptions(options: RequestOptions): KelviqClient = KelviqClient(core, services.withDefaults(options))

    /**
     * Runs [call] and returns its result with the HTTP response it came from (status, headers, request id);
     * see [RawResponse] for calls made without an exchange of their own.
     *
     * ```kotlin
     * val raw = kelviq.withRawResponse { customers.retrieve("c1") }
     * println("${raw.statusCode} ${raw.requestId} ${raw.value.email}")
     * ```
     */
    public suspend fun <T> withRawResponse(call: suspend KelviqClient.() -> T): RawResponse<T> {
        val capture = ResponseCapture()
        val value = withContext(capture) { call() }
        return capture.toRaw(value)
    }

    /**
     * Closes the underlying [core] ([KelviqCore.close]): calls made afterwards fail at once with a
     * [com.kelviq.sdk.errors.KelviqClosedException]. Idempotent.
     *
     * This closes the underlying [core] too, also when the client was built over an existing core
     * with `KelviqClient(core)`: any other client sharing that core stops working as well, so close
     * only the last one still in use.
     */
    override fun close() {
        core.close()
    }

    /** Shows the configuration; the API key is redacted. */
    override fun toString(): String = "KelviqClient(config=${core.config})"

    /** Factories. */
    public companion object {
        /** A client configured by [KelviqConfig.fromEnv] (its variables and refusals). */
        @JvmStatic
        public fun fromEnv(): KelviqClient = KelviqClient(KelviqConfig.fromEnv())
    }
}

/**
 * Builds a [KelviqClient] with the configuration DSL:
 * ```kotlin
 * val kelviq = KelviqClient {
 *     apiKey = System.getenv("KELVIQ_API_KEY")
 *     environment = Environment.SANDBOX
 *     timeout = Duration.ofSeconds(5)
 * }
 * ```
 *
 * @throws com.kelviq.sdk.errors.KelviqValidationException naming the setting that is missing or invalid.
 */
@JvmSynthetic
public fun KelviqClient(block: KelviqConfig.Builder.() -> Unit): KelviqClient =
    KelviqClient(KelviqConfig.builder().apply(block).build())
