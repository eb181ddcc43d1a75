package com.kelviq.sdk

import com.kelviq.sdk.future.KelviqFutures
import com.kelviq.sdk.internal.KelviqTransport
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
) : AutoCloseable {

    internal val scope: CoroutineScope = CoroutineScope(SupervisorJob() + Dispatchers.Default + CoroutineName("kelviq"))

    /** Customers: create, retrieve, update, list, listAll, archive. */
    public val customers: CustomersService = CustomersService(transport)

    /** Checkout: createSession. */
    public val checkout: CheckoutService = CheckoutService(transport)

    /** Entitlements: hasAccess, getEntitlement, getAllEntitlements. */
    public val entitlements: EntitlementsService = EntitlementsService(transport)

    /** Reporting: reportUsage, reportEvent. */
    public val reporting: ReportingService = ReportingService(transport)

    /** Subscriptions: update, cancel, list, listAll, retrieve, create. */
    public val subscriptions: SubscriptionsService = SubscriptionsService(transport)

    /** Every operation returning a `CompletableFuture`; cancelling a future aborts its HTTP exchange. */
    public val futures: KelviqFutures = KelviqFutures(this)

    /** Cancels calls in flight and releases the HTTP connections. Idempotent. */
    override fun close() {
        scope.cancel()
        transport.close()
    }

    /** Shows the configuration, never the API key. */
    override fun toString(): String = "KelviqCore(config=$config)"

    /** Factories. */
    public companion object {
        /** A core over Ktor's CIO engine, configured by [config]. */
        @JvmStatic
        public fun create(config: KelviqConfig): KelviqCore = KelviqCore(config, KelviqTransport(config))
    }
}
