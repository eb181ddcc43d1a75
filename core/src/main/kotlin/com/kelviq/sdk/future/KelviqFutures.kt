package com.kelviq.sdk.future

import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.ReporterStats
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.model.ArchiveResult
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.Customer
import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.CustomerPage
import com.kelviq.sdk.model.Entitlement
import com.kelviq.sdk.model.EventReport
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.Subscription
import com.kelviq.sdk.model.SubscriptionCancellation
import com.kelviq.sdk.model.SubscriptionPage
import com.kelviq.sdk.model.SubscriptionUpdate
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.model.UsageReport
import java.time.Duration
import java.util.concurrent.CompletableFuture

/**
 * Every operation of [KelviqCore] as a [CompletableFuture], for Java code and the blocking client.
 *
 * A future completes exceptionally with the same `KelviqException` the suspend operation throws
 * (wrapped in `CompletionException` by `join()`, in `ExecutionException` by `get()`).
 * Cancelling a future cancels the call and aborts its HTTP exchange. Futures complete on
 * the SDK's background threads: do not block inside their callbacks.
 */
public class KelviqFutures internal constructor(core: KelviqCore, onCallerThread: Boolean = false) {
    private val starter = CallStarter(core, onCallerThread)

    /** Customers as futures. */
    public val customers: Customers = Customers(core, starter)

    /** Checkout as futures. */
    public val checkout: Checkout = Checkout(core, starter)

    /** Entitlements as futures. */
    public val entitlements: Entitlements = Entitlements(core, starter)

    /** Reporting as futures. */
    public val reporting: Reporting = Reporting(core, starter)

    /** Subscriptions as futures. */
    public val subscriptions: Subscriptions = Subscriptions(core, starter)

    /** The customers area; see [com.kelviq.sdk.service.CustomersService] for each operation. */
    public class Customers internal constructor(private val core: KelviqCore, private val starter: CallStarter) {
        private val s = core.customers

        /** See [com.kelviq.sdk.service.CustomersService.create]. */
        @JvmOverloads
        public fun create(params: CreateCustomerParams, options: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Customer> =
            starter.start { s.create(params, options) }

        /** See [com.kelviq.sdk.service.CustomersService.retrieve]. */
        @JvmOverloads
        public fun retrieve(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Customer> =
            starter.start { s.retrieve(customerId, options) }

        /** See [com.kelviq.sdk.service.CustomersService.update]. */
        @JvmOverloads
        public fun update(params: UpdateCustomerParams, options: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Customer> =
            starter.start { s.update(params, options) }

        /** See [com.kelviq.sdk.service.CustomersService.list]. */
        @JvmOverloads
        public fun list(
            params: ListCustomersParams = ListCustomersParams.DEFAULT,
            options: RequestOptions = RequestOptions.DEFAULT,
        ): CompletableFuture<CustomerPage> = starter.start { s.list(params, options) }

        /** A cursor over every page of customers; nothing is fetched before the first [PageCursor.nextPage]. */
        @JvmOverloads
        public fun listAll(
            params: ListCustomersParams = ListCustomersParams.DEFAULT,
            options: RequestOptions = RequestOptions.DEFAULT,
        ): PageCursor<Customer> = PageCursor(core.scope, s.walker(params, options).cursor())

        /** See [com.kelviq.sdk.service.CustomersService.archive]. */
        @JvmOverloads
        public fun archive(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<ArchiveResult> =
            starter.start { s.archive(customerId, options) }
    }

    /** The checkout area; see [com.kelviq.sdk.service.CheckoutService]. */
    public class Checkout internal constructor(private val core: KelviqCore, private val starter: CallStarter) {
        /** See [com.kelviq.sdk.service.CheckoutService.createSession]. */
        @JvmOverloads
        public fun createSession(
            params: CreateCheckoutSessionParams,
            options: RequestOptions = RequestOptions.DEFAULT,
        ): CompletableFuture<CheckoutSession> = starter.start { core.checkout.createSession(params, options) }
    }

    /** The entitlements area; see [com.kelviq.sdk.service.EntitlementsService]. */
    public class Entitlements internal constructor(private val core: KelviqCore, private val starter: CallStarter) {
        private val s = core.entitlements

        /**
         * See [com.kelviq.sdk.service.EntitlementsService.hasAccess]. A cache hit returns an already
         * completed future, computed on the calling thread; otherwise the call runs on the SDK's threads.
         */
        @JvmOverloads
        public fun hasAccess(
            customerId: String,
            featureId: String,
            options: RequestOptions = RequestOptions.DEFAULT,
        ): CompletableFuture<Boolean> {
            // A cache hit is answered on the caller's thread; an invalid id fails the future, as a miss would.
            val cached = try {
                s.hasAccessIfCached(customerId, featureId)
            } catch (e: KelviqValidationException) {
                null
            }
            return if (cached != null) CompletableFuture.completedFuture(cached) else starter.start { s.hasAccess(customerId, featureId, options) }
        }

        /**
         * The answer of [hasAccess] when the entitlement cache has it (no I/O, no allocation on a hit),
         * or `null` when the network is needed. For blocking callers that want to skip the future on a hit.
         *
         * @throws KelviqValidationException when an id is blank or has control characters.
         */
        public fun hasAccessIfCached(customerId: String, featureId: String): Boolean? = s.hasAccessIfCached(customerId, featureId)

        /** See [com.kelviq.sdk.service.EntitlementsService.getEntitlement]; completes with `null` when absent. */
        @JvmOverloads
        public fun getEntitlement(
            customerId: String,
            featureId: String,
            options: RequestOptions = RequestOptions.DEFAULT,
        ): CompletableFuture<Entitlement?> = starter.start { s.getEntitlement(customerId, featureId, options) }

        /** See [com.kelviq.sdk.service.EntitlementsService.getAllEntitlements]. */
        @JvmOverloads
        public fun getAllEntitlements(
            customerId: String,
            options: RequestOptions = RequestOptions.DEFAULT,
        ): CompletableFuture<CustomerEntitlements> {
            val cached = s.getAllEntitlementsIfCached(customerId)
            return if (cached != null) CompletableFuture.completedFuture(cached) else starter.start { s.getAllEntitlements(customerId, options) }
        }

        /** See [com.kelviq.sdk.service.EntitlementsService.invalidate]; returns at once. */
        public fun invalidate(customerId: String) {
            s.invalidate(customerId)
        }

        /** See [com.kelviq.sdk.service.EntitlementsService.invalidateAll]; returns at once. */
        public fun invalidateAll() {
            s.invalidateAll()
        }
    }

    /** The reporting area; see [com.kelviq.sdk.service.ReportingService]. */
    public class Reporting internal constructor(private val core: KelviqCore, private val starter: CallStarter) {
        private val s = core.reporting

        /** See [com.kelviq.sdk.service.ReportingService.reportUsage]. */
        @JvmOverloads
        public fun reportUsage(params: ReportUsageParams, options: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<UsageReport> =
            starter.start { s.reportUsage(params, options) }

        /** See [com.kelviq.sdk.service.ReportingService.reportEvent]. */
        @JvmOverloads
        public fun reportEvent(params: ReportEventParams, options: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<EventReport> =
            starter.start { s.reportEvent(params, options) }

        /**
         * See [com.kelviq.sdk.service.ReportingService.enqueueUsage]: queues the report and returns at once
         * (`false`, after handing it to the failure handler, when rejected).
         */
        public fun enqueueUsage(params: ReportUsageParams): Boolean = s.enqueueUsage(params)

        /** See [com.kelviq.sdk.service.ReportingService.enqueueEvent]. */
        public fun enqueueEvent(params: ReportEventParams): Boolean = s.enqueueEvent(params)

        /**
         * See [com.kelviq.sdk.service.ReportingService.flush]: completes with `true` once every report queued
         * before the call is sent or handed to the failure handler, `false` after [timeout].
         * Cancelling the future stops the wait, not the sending.
         */
        public fun flush(timeout: Duration): CompletableFuture<Boolean> = starter.start { s.flush(timeout) }

        /** See [com.kelviq.sdk.service.ReportingService.stats]. */
        public fun stats(): ReporterStats = s.stats()
    }

    /** The subscriptions area; see [com.kelviq.sdk.service.SubscriptionsService]. */
    public class Subscriptions internal constructor(private val core: KelviqCore, private val starter: CallStarter) {
        private val s = core.subscriptions

        /** See [com.kelviq.sdk.service.SubscriptionsService.update]. */
        @JvmOverloads
        public fun update(
            params: UpdateSubscriptionParams,
            options: RequestOptions = RequestOptions.DEFAULT,
        ): CompletableFuture<SubscriptionUpdate> = starter.start { s.update(params, options) }

        /** See [com.kelviq.sdk.service.SubscriptionsService.cancel]. */
        @JvmOverloads
        public fun cancel(
            params: CancelSubscriptionParams,
            options: RequestOptions = RequestOptions.DEFAULT,
        ): CompletableFuture<SubscriptionCancellation> = starter.start { s.cancel(params, options) }

        /** See [com.kelviq.sdk.service.SubscriptionsService.list]. */
        @JvmOverloads
        public fun list(
            params: ListSubscriptionsParams = ListSubscriptionsParams.DEFAULT,
            options: RequestOptions = RequestOptions.DEFAULT,
        ): CompletableFuture<SubscriptionPage> = starter.start { s.list(params, options) }

        /** A cursor over every page of subscriptions; nothing is fetched before the first [PageCursor.nextPage]. */
        @JvmOverloads
        public fun listAll(
            params: ListSubscriptionsParams = ListSubscriptionsParams.DEFAULT,
            options: RequestOptions = RequestOptions.DEFAULT,
        ): PageCursor<Subscription> = PageCursor(core.scope, s.walker(params, options).cursor())

        /** See [com.kelviq.sdk.service.SubscriptionsService.retrieve]. */
        @JvmOverloads
        public fun retrieve(subscriptionId: String, options: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Subscription> =
            starter.start { s.retrieve(subscriptionId, options) }

        /** See [com.kelviq.sdk.service.SubscriptionsService.create]. */
        @JvmOverloads
        public fun create(params: CreateSubscriptionParams, options: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Subscription> =
            starter.start { s.create(params, options) }
    }
}
