package com.kelviq.sdk

import com.kelviq.sdk.future.KelviqFutures
import com.kelviq.sdk.internal.EntitlementCache
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.NanoClock
import com.kelviq.sdk.service.CheckoutService
import com.kelviq.sdk.service.CustomersService
import com.kelviq.sdk.service.EntitlementsService
import com.kelviq.sdk.service.ReportingService
import com.kelviq.sdk.service.SubscriptionsService
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel

/**
 * The engine every client flavour is built on: one HTTP connection pool and the five areas as
 * suspend operations, plus a [CompletableFuture][java.util.concurrent.CompletableFuture] bridge ([futures]).
 *
 * Application code normally uses a flavour instead: `KelviqClient` (coroutines),
 * `ReactorKelviqClient` (Reactor) or `KelviqBlockingClient` (Java). Each of them can also be
 * built over an existing core, so that several flavours share one connection pool.
 *
 * Thread-safe. [close] releases the connections; calls made afterwards fail.
 */
public class KelviqCore internal constructor(
    /** The configuration this core was built with. */
    public val config: KelviqConfig,
    internal val transport: KelviqTransport,
    clock: NanoClock = NanoClock.SYSTEM,
) : AutoCloseable {

    internal val scope: CoroutineScope = CoroutineScope(SupervisorJob() + Dispatchers.Default + CoroutineName("kelviq"))

    /** The entitlement cache, or `null` when [KelviqConfig.entitlementCache] is disabled. */
    internal val entitlementCache: EntitlementCache? = config.entitlementCache.takeIf { it.enabled }?.let { cacheConfig ->
        EntitlementCache(cacheConfig, scope, clock) { customerId, options ->
            transport.execute(EntitlementsService.Ops.all(customerId), options)
        }
    }

    /** Customers: create, retrieve, update, list, listAll, archive. */
    public val customers: CustomersService = CustomersService(transport)

    /** Checkout: createSession. */
    public val checkout: CheckoutService = CheckoutService(transport)

    /**
     * Entitlements: hasAccess, getEntitlement, getAllEntitlements (cached per [KelviqConfig.entitlementCache]),
     * invalidate, invalidateAll.
     */
    public val entitlements: EntitlementsService = EntitlementsService(transport, entitlementCache)

    /** Reporting: reportUsage, reportEvent, and the background reporter (enqueueUsage, enqueueEvent, flush, stats). */
    public val reporting: ReportingService =
        ReportingService(transport, config.reporter, scope) { customerId -> entitlementCache?.invalidate(customerId) }

    /** Subscriptions: update, cancel, list, listAll, retrieve, create. */
    public val subscriptions: SubscriptionsService = SubscriptionsService(transport)

    /** Every operation returning a `CompletableFuture`; cancelling a future aborts its HTTP exchange. */
    public val futures: KelviqFutures = KelviqFutures(this)

    /** The same operations run on the calling thread (already complete when returned): the blocking client's path. */
    internal val callerThreadFutures: KelviqFutures = KelviqFutures(this, onCallerThread = true)

    /**
     * Stops the background reporter's intake and lets it send what is queued for up to
     * [ReporterConfig.closeTimeout] (blocking the calling thread meanwhile; reports still unsent are
     * handed to [ReporterConfig.failureHandler]), then cancels calls in flight and releases the
     * HTTP connections. Idempotent.
     */
    override fun close() {
        reporting.closeReporter()
        scope.cancel()
        transport.close()
    }

    /** Shows the configuration, never the API key. */
    override fun toString(): String = "KelviqCore(config=$config)"

    /** Factories. */
    public companion object {
        /** A core over the engine [KelviqConfig.connection] names (the JDK client by default), configured by [config]. */
        @JvmStatic
        public fun create(config: KelviqConfig): KelviqCore = KelviqCore(config, KelviqTransport(config))
    }
}
