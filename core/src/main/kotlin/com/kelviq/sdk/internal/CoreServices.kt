package com.kelviq.sdk.internal

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.internal.bridge.FuturesBridge
import com.kelviq.sdk.internal.service.CheckoutService
import com.kelviq.sdk.internal.service.CustomersService
import com.kelviq.sdk.internal.service.EntitlementsService
import com.kelviq.sdk.internal.service.ReportingService
import com.kelviq.sdk.internal.service.SubscriptionsService
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel

/**
 * What a `KelviqCore` runs: the five areas as suspend services over one transport, the entitlement cache,
 * the background reporter, and the futures bridge of the Java and Reactor flavours. The flavours reach it
 * through [KelviqInternals.services]; applications use a flavour instead.
 */
public class CoreServices internal constructor(
    internal val config: KelviqConfig,
    internal val transport: KelviqTransport,
    clock: NanoClock,
) : AutoCloseable {
    internal val scope: CoroutineScope = CoroutineScope(SupervisorJob() + Dispatchers.Default + CoroutineName("kelviq"))

    internal val entitlementCache: EntitlementCache? = config.entitlementCache.takeIf { it.enabled }?.let { cacheConfig ->
        EntitlementCache(cacheConfig, scope, clock) { customerId, options ->
            transport.execute(EntitlementsService.Ops.all(customerId), options)
        }
    }

    /** Customers. */
    public val customers: CustomersService = CustomersService(transport)

    /** Checkout. */
    public val checkout: CheckoutService = CheckoutService(transport)

    /** Entitlements, through the cache when it is on. */
    public val entitlements: EntitlementsService = EntitlementsService(transport, entitlementCache)

    /** Reporting and the background reporter. */
    public val reporting: ReportingService =
        ReportingService(transport, config.reporter, scope) { customerId -> entitlementCache?.invalidate(customerId) }

    /** Subscriptions. */
    public val subscriptions: SubscriptionsService = SubscriptionsService(transport)

    /** Every operation as a future completed on the SDK's threads: the async client's and Reactor's path. */
    public val futures: FuturesBridge = FuturesBridge(this, onCallerThread = false)

    /** The same operations run on the calling thread (the futures are complete when returned): the blocking client's path. */
    public val callerThreadFutures: FuturesBridge = FuturesBridge(this, onCallerThread = true)

    /** Whether [close] was called. */
    public val isClosed: Boolean get() = transport.isClosed

    /** Refuses the reporter's intake, drains it within its close timeout, aborts calls in flight and releases the connections. */
    override fun close() {
        if (!transport.markClosed()) return
        reporting.closeReporter()
        transport.close()
        scope.cancel()
    }
}
