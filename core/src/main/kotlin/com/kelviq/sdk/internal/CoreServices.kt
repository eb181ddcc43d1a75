package com.kelviq.sdk.internal

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.bridge.FuturesBridge
import com.kelviq.sdk.internal.cache.EntitlementCache
import com.kelviq.sdk.internal.fleet.FleetEvents
import com.kelviq.sdk.internal.fleet.FleetSession
import com.kelviq.sdk.internal.fleet.FleetTier
import com.kelviq.sdk.internal.reporting.BackgroundReporter
import com.kelviq.sdk.internal.runtime.JvmExitHook
import com.kelviq.sdk.internal.runtime.NanoClock
import com.kelviq.sdk.internal.service.ChargesService
import com.kelviq.sdk.internal.service.CheckoutService
import com.kelviq.sdk.internal.service.CustomersService
import com.kelviq.sdk.internal.service.EntitlementsService
import com.kelviq.sdk.internal.service.LicensesService
import com.kelviq.sdk.internal.service.OfferingsService
import com.kelviq.sdk.internal.service.OrdersService
import com.kelviq.sdk.internal.service.PaymentMethodsService
import com.kelviq.sdk.internal.service.PortalService
import com.kelviq.sdk.internal.service.RefundsService
import com.kelviq.sdk.internal.service.ReportingService
import com.kelviq.sdk.internal.service.SubscriptionsService
import com.kelviq.sdk.internal.service.TransactionsService
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.webhooks.WebhookHandler
import com.kelviq.sdk.webhooks.WebhookVerifier
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel

/**
 * What a `KelviqCore` runs: every area as a suspend service over one transport, the entitlement cache,
 * the background reporter, and the futures bridges of the Java flavours. The flavours reach it through
 * [KelviqInternals.services]; applications use a flavour instead.
 *
 * [withDefaults] makes a view: the same transport, cache, reporter and scope, with other default
 * [RequestOptions] for the calls made through it. Closing a view closes what it shares.
 */
public class CoreServices private constructor(
    internal val config: KelviqConfig,
    internal val transport: KelviqTransport,
    internal val scope: CoroutineScope,
    internal val entitlementCache: EntitlementCache?,
    /** The defaults under every call's own options (a view's; [RequestOptions.DEFAULT] for the core itself). */
    public val defaults: RequestOptions,
    reporting: ReportingService?,
    webhooks: WebhookHandler?,
    private val fleetSession: FleetSession?,
    private val exitHook: JvmExitHook? = null,
) : AutoCloseable {
    /** Customers. */
    public val customers: CustomersService = CustomersService(transport, defaults)

    /** Checkout. */
    public val checkout: CheckoutService = CheckoutService(transport, defaults)

    /** One-time charges. */
    public val charges: ChargesService = ChargesService(transport, defaults)

    /** Refunds. */
    public val refunds: RefundsService = RefundsService(transport, defaults)

    /** Licenses. */
    public val licenses: LicensesService = LicensesService(transport, defaults)

    /** Transactions (reads). */
    public val transactions: TransactionsService = TransactionsService(transport, defaults)

    /** Orders (reads). */
    public val orders: OrdersService = OrdersService(transport, defaults)

    /** Saved payment methods (reads). */
    public val paymentMethods: PaymentMethodsService = PaymentMethodsService(transport, defaults)

    /** Product offerings (reads). */
    public val offerings: OfferingsService = OfferingsService(transport, defaults)

    /** The customer portal. */
    public val portal: PortalService = PortalService(transport, defaults)

    /** Entitlements, through the cache when it is on. */
    public val entitlements: EntitlementsService = EntitlementsService(transport, entitlementCache, defaults)

    /** Reporting and the background reporter. */
    public val reporting: ReportingService = reporting
        ?: ReportingService(transport, config.reporter, scope, fleetSession, { exitHook?.arm() }) { customerId, usage ->
            entitlementCache?.afterReport(customerId, usage)
        }

    /** Subscriptions. */
    public val subscriptions: SubscriptionsService = SubscriptionsService(transport, defaults)

    /** Every operation as a future completed on the SDK's threads: the async client's path. */
    public val futures: FuturesBridge = FuturesBridge(this, onCallerThread = false)

    /** The same operations run on the calling thread (the futures are complete when returned): the blocking client's path. */
    public val callerThreadFutures: FuturesBridge = FuturesBridge(this, onCallerThread = true)

    /**
     * The webhook handler of this core (one per core, shared by its views: one de-duplication memory), or
     * `null` when [KelviqConfig.webhookSecret] is not set.
     */
    public val webhookHandler: WebhookHandler? = webhooks

    /** [webhookHandler], or the refusal that names the missing setting. */
    public fun requireWebhooks(): WebhookHandler = webhookHandler
        ?: throw KelviqValidationException("webhookSecret", "is not set: configure the endpoint's signing secret to handle webhooks")

    /** Whether [close] was called (on this view or any other over the same core). */
    public val isClosed: Boolean get() = transport.isClosed

    /** A view with [options] over this one's defaults (a value set in [options] wins), sharing everything else. */
    public fun withDefaults(options: RequestOptions): CoreServices {
        val merged = options.over(defaults)
        return CoreServices(config, transport, scope, entitlementCache, merged, reporting.withDefaults(merged), webhookHandler, fleetSession)
    }

    /** Refuses the reporter's intake, drains it within its close timeout, aborts calls in flight and releases the connections. */
    override fun close() {
        if (!transport.markClosed()) return
        exitHook?.disarm()
        if (BackgroundReporter.onSenderThread()) {
            // Called from a failure handler on a sender: waiting here for the senders to drain would wait for this
            // very thread. The rest of the close runs on its own thread; new calls are refused already.
            Thread(::release, "kelviq-close").start()
            return
        }
        release()
    }

    private fun release() {
        reporting.closeReporter()
        transport.close()
        fleetSession?.close()
        scope.cancel()
    }

    internal companion object {
        /**
         * The longest a call under [options] may take on its own: each attempt's timeout, once per attempt, within the
         * call timeout. A caller joining another's load waits no longer than that.
         */
        fun ownWorstCase(config: KelviqConfig, options: RequestOptions): java.time.Duration {
            val timeout = options.timeout ?: config.timeout
            val attempts = (options.maxRetries ?: config.maxRetries).toLong() + 1
            val total = try {
                timeout.multipliedBy(attempts)
            } catch (e: ArithmeticException) {
                config.callTimeout
            }
            return if (total < config.callTimeout) total else config.callTimeout
        }

        fun create(config: KelviqConfig, transport: KelviqTransport, clock: NanoClock): CoreServices {
            val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default + CoroutineName("kelviq"))
            var cacheRef: EntitlementCache? = null
            @OptIn(InternalKelviqApi::class)
            val fleetSession = config.fleet?.open(object : FleetEvents {
                override fun invalidated(customerId: String?) = cacheRef?.invalidateLocal(customerId) ?: Unit
                override fun resynchronize() = cacheRef?.invalidateLocal(null) ?: Unit
            })
            val cache = config.entitlementCache.takeIf { it.enabled }?.let { cacheConfig ->
                val tier = fleetSession?.let { FleetTier(it, cacheConfig.ttl, cacheConfig.ttl.plus(cacheConfig.maxStaleness)) }
                EntitlementCache(cacheConfig, scope, clock, { customerId, options ->
                    transport.execute(EntitlementsService.Ops.all(customerId), options)
                }, tier, joinWait = { options -> ownWorstCase(config, options) })
            }
            cacheRef = cache
            val webhooks = config.webhookSecret?.let { secret ->
                val verifier = WebhookVerifier.Builder().secret(secret).build()
                WebhookHandler(verifier, { customerId -> if (customerId != null) cache?.invalidate(customerId) else cache?.invalidateAll() })
            }
            val exitHook = if (config.reporter.shutdownHook) JvmExitHook() else null
            return CoreServices(config, transport, scope, cache, RequestOptions.DEFAULT, null, webhooks, fleetSession, exitHook)
                .also { services -> exitHook?.onExit = services::close }
        }
    }
}
