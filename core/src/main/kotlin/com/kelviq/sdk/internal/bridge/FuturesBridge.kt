package com.kelviq.sdk.internal.bridge

import com.kelviq.sdk.ReporterStats
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.CoreServices
import com.kelviq.sdk.model.ArchiveResult
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.Charge
import com.kelviq.sdk.model.CreateChargeParams
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CheckoutSessionDetails
import com.kelviq.sdk.model.CheckoutSessionEvent
import com.kelviq.sdk.model.CheckoutSessionEventPage
import com.kelviq.sdk.model.CheckoutSessionPage
import com.kelviq.sdk.model.ListCheckoutSessionsParams
import com.kelviq.sdk.model.ListEventsParams
import com.kelviq.sdk.model.ListOrdersParams
import com.kelviq.sdk.model.ListPaymentMethodsParams
import com.kelviq.sdk.model.Order
import com.kelviq.sdk.model.OrderEvent
import com.kelviq.sdk.model.OrderEventPage
import com.kelviq.sdk.model.OrderPage
import com.kelviq.sdk.model.PaymentMethod
import com.kelviq.sdk.model.PaymentMethodPage
import com.kelviq.sdk.model.ProductOffering
import com.kelviq.sdk.model.ProductOfferingParams
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
import com.kelviq.sdk.model.PortalSession
import com.kelviq.sdk.model.ListTransactionsParams
import com.kelviq.sdk.model.Transaction
import com.kelviq.sdk.model.TransactionPage
import com.kelviq.sdk.model.ActivateLicenseParams
import com.kelviq.sdk.model.DeactivateLicenseParams
import com.kelviq.sdk.model.LicenseActivation
import com.kelviq.sdk.model.LicenseDeactivation
import com.kelviq.sdk.model.LicenseValidation
import com.kelviq.sdk.model.ValidateLicenseParams
import com.kelviq.sdk.model.CreateRefundParams
import com.kelviq.sdk.model.ListRefundsParams
import com.kelviq.sdk.model.Refund
import com.kelviq.sdk.model.RefundPage
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
 * Every operation of [CoreServices] as a [CompletableFuture], for the Java flavours (the contracts are those
 * of [com.kelviq.sdk.KelviqOperation]). A future fails with the exception the suspend operation throws, or a
 * `KelviqClosedException` when the core closes; cancelling it aborts the call. Invalid input fails the future
 * rather than throwing, so every failure reaches the caller the same way.
 */
public class FuturesBridge internal constructor(private val core: CoreServices, onCallerThread: Boolean) {
    private val starter = CallStarter(core.scope, core.transport, onCallerThread)
    private val customers = core.customers
    private val entitlements = core.entitlements
    private val reporting = core.reporting
    private val subscriptions = core.subscriptions

    private fun <T> start(block: suspend () -> T): CompletableFuture<T> = try {
        starter.start { block() }
    } catch (e: Exception) {
        CompletableFuture.failedFuture(e)
    }

    @JvmOverloads
    public fun createCustomer(p: CreateCustomerParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Customer> = start { customers.create(p, o) }
    @JvmOverloads
    public fun retrieveCustomer(id: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Customer> = start { customers.retrieve(id, o) }
    @JvmOverloads
    public fun updateCustomer(p: UpdateCustomerParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Customer> = start { customers.update(p, o) }
    @JvmOverloads
    public fun listCustomers(p: ListCustomersParams = ListCustomersParams.DEFAULT, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<CustomerPage> = start { customers.list(p, o) }
    @JvmOverloads
    public fun customerPages(p: ListCustomersParams = ListCustomersParams.DEFAULT, o: RequestOptions = RequestOptions.DEFAULT): PageCursor<Customer> = PageCursor(starter, customers.walker(p, o).cursor())
    @JvmOverloads
    public fun archiveCustomer(id: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<ArchiveResult> = start { customers.archive(id, o) }

    @JvmOverloads
    public fun createCheckoutSession(p: CreateCheckoutSessionParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<CheckoutSession> =
        start { core.checkout.createSession(p, o) }

    @JvmOverloads
    public fun listCheckoutSessions(
        p: ListCheckoutSessionsParams = ListCheckoutSessionsParams.DEFAULT,
        o: RequestOptions = RequestOptions.DEFAULT,
    ): CompletableFuture<CheckoutSessionPage> = start { core.checkout.listSessions(p, o) }

    @JvmOverloads
    public fun checkoutSessionPages(
        p: ListCheckoutSessionsParams = ListCheckoutSessionsParams.DEFAULT,
        o: RequestOptions = RequestOptions.DEFAULT,
    ): PageCursor<CheckoutSessionDetails> = PageCursor(starter, core.checkout.sessionWalker(p, o).cursor())

    @JvmOverloads
    public fun retrieveCheckoutSession(id: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<CheckoutSessionDetails> =
        start { core.checkout.retrieveSession(id, o) }

    @JvmOverloads
    public fun listCheckoutSessionEvents(
        id: String,
        p: ListEventsParams = ListEventsParams.DEFAULT,
        o: RequestOptions = RequestOptions.DEFAULT,
    ): CompletableFuture<CheckoutSessionEventPage> = start { core.checkout.listSessionEvents(id, p, o) }

    @JvmOverloads
    public fun checkoutSessionEventPages(
        id: String,
        p: ListEventsParams = ListEventsParams.DEFAULT,
        o: RequestOptions = RequestOptions.DEFAULT,
    ): PageCursor<CheckoutSessionEvent> = PageCursor(starter, core.checkout.sessionEventWalker(id, p, o).cursor())

    @JvmOverloads
    public fun retrieveOffering(
        productId: String,
        p: ProductOfferingParams = ProductOfferingParams.DEFAULT,
        o: RequestOptions = RequestOptions.DEFAULT,
    ): CompletableFuture<ProductOffering> = start { core.offerings.retrieve(productId, p, o) }

    @JvmOverloads
    public fun listPaymentMethods(
        p: ListPaymentMethodsParams = ListPaymentMethodsParams.DEFAULT,
        o: RequestOptions = RequestOptions.DEFAULT,
    ): CompletableFuture<PaymentMethodPage> = start { core.paymentMethods.list(p, o) }

    @JvmOverloads
    public fun paymentMethodPages(
        p: ListPaymentMethodsParams = ListPaymentMethodsParams.DEFAULT,
        o: RequestOptions = RequestOptions.DEFAULT,
    ): PageCursor<PaymentMethod> = PageCursor(starter, core.paymentMethods.walker(p, o).cursor())

    @JvmOverloads
    public fun listOrders(p: ListOrdersParams = ListOrdersParams.DEFAULT, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<OrderPage> =
        start { core.orders.list(p, o) }

    @JvmOverloads
    public fun orderPages(p: ListOrdersParams = ListOrdersParams.DEFAULT, o: RequestOptions = RequestOptions.DEFAULT): PageCursor<Order> =
        PageCursor(starter, core.orders.walker(p, o).cursor())

    @JvmOverloads
    public fun retrieveOrder(id: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Order> =
        start { core.orders.retrieve(id, o) }

    @JvmOverloads
    public fun listOrderEvents(
        id: String,
        p: ListEventsParams = ListEventsParams.DEFAULT,
        o: RequestOptions = RequestOptions.DEFAULT,
    ): CompletableFuture<OrderEventPage> = start { core.orders.listEvents(id, p, o) }

    @JvmOverloads
    public fun orderEventPages(id: String, p: ListEventsParams = ListEventsParams.DEFAULT, o: RequestOptions = RequestOptions.DEFAULT): PageCursor<OrderEvent> =
        PageCursor(starter, core.orders.eventWalker(id, p, o).cursor())

    @JvmOverloads
    public fun createCharge(p: CreateChargeParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Charge> =
        start { core.charges.create(p, o) }

    @JvmOverloads
    public fun createRefund(p: CreateRefundParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Refund> =
        start { core.refunds.create(p, o) }

    @JvmOverloads
    public fun listRefunds(p: ListRefundsParams = ListRefundsParams.DEFAULT, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<RefundPage> =
        start { core.refunds.list(p, o) }

    @JvmOverloads
    public fun refundPages(p: ListRefundsParams = ListRefundsParams.DEFAULT, o: RequestOptions = RequestOptions.DEFAULT): PageCursor<Refund> =
        PageCursor(starter, core.refunds.walker(p, o).cursor())

    @JvmOverloads
    public fun retrieveRefund(id: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Refund> =
        start { core.refunds.retrieve(id, o) }

    @JvmOverloads
    public fun activateLicense(p: ActivateLicenseParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<LicenseActivation> =
        start { core.licenses.activate(p, o) }

    @JvmOverloads
    public fun deactivateLicense(p: DeactivateLicenseParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<LicenseDeactivation> =
        start { core.licenses.deactivate(p, o) }

    @JvmOverloads
    public fun validateLicense(p: ValidateLicenseParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<LicenseValidation> =
        start { core.licenses.validate(p, o) }

    @JvmOverloads
    public fun listTransactions(
        p: ListTransactionsParams = ListTransactionsParams.DEFAULT,
        o: RequestOptions = RequestOptions.DEFAULT,
    ): CompletableFuture<TransactionPage> = start { core.transactions.list(p, o) }

    @JvmOverloads
    public fun transactionPages(
        p: ListTransactionsParams = ListTransactionsParams.DEFAULT,
        o: RequestOptions = RequestOptions.DEFAULT,
    ): PageCursor<Transaction> = PageCursor(starter, core.transactions.walker(p, o).cursor())

    @JvmOverloads
    public fun createPortalSession(customerId: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<PortalSession> =
        start { core.portal.createSession(customerId, o) }

    /** A cache hit completes on the calling thread after one cache probe; a miss loads without probing again. */
    @JvmOverloads
    public fun hasAccess(customerId: String, featureId: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Boolean> {
        val cached = try {
            entitlements.hasAccessIfCached(customerId, featureId)
        } catch (e: Exception) {
            return CompletableFuture.failedFuture(e)
        }
        return if (cached != null) CompletableFuture.completedFuture(cached) else start { entitlements.hasAccessAfterMiss(customerId, featureId, o) }
    }

    /** The cached answer of [hasAccess] (one probe), or `null` on a miss; throws on invalid ids or a closed client. */
    public fun hasAccessIfCached(customerId: String, featureId: String): Boolean? = entitlements.hasAccessIfCached(customerId, featureId)

    /** [hasAccess] after [hasAccessIfCached] answered `null`. */
    @JvmOverloads
    public fun hasAccessAfterMiss(customerId: String, featureId: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Boolean> =
        start { entitlements.hasAccessAfterMiss(customerId, featureId, o) }

    @JvmOverloads
    public fun getEntitlement(customerId: String, featureId: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Entitlement?> =
        start { entitlements.getEntitlement(customerId, featureId, o) }

    @JvmOverloads
    public fun getAllEntitlements(customerId: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<CustomerEntitlements> {
        val cached = try {
            entitlements.getAllEntitlementsIfCached(customerId)
        } catch (e: Exception) {
            return CompletableFuture.failedFuture(e)
        }
        return if (cached != null) CompletableFuture.completedFuture(cached) else start { entitlements.getAllEntitlementsAfterMiss(customerId, o) }
    }

    public fun invalidate(customerId: String): Unit = entitlements.invalidate(customerId)
    public fun invalidateAll(): Unit = entitlements.invalidateAll()

    @JvmOverloads
    public fun reportUsage(p: ReportUsageParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<UsageReport> = start { reporting.reportUsage(p, o) }
    @JvmOverloads
    public fun reportEvent(p: ReportEventParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<EventReport> = start { reporting.reportEvent(p, o) }
    public fun enqueueUsage(p: ReportUsageParams): Boolean = reporting.enqueueUsage(p)
    public fun enqueueEvent(p: ReportEventParams): Boolean = reporting.enqueueEvent(p)
    public fun flush(timeout: Duration): CompletableFuture<Boolean> = start { reporting.flush(timeout) }
    public fun stats(): ReporterStats = reporting.stats()

    @JvmOverloads
    public fun updateSubscription(p: UpdateSubscriptionParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<SubscriptionUpdate> =
        start { subscriptions.update(p, o) }
    @JvmOverloads
    public fun cancelSubscription(p: CancelSubscriptionParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<SubscriptionCancellation> =
        start { subscriptions.cancel(p, o) }
    @JvmOverloads
    public fun listSubscriptions(p: ListSubscriptionsParams = ListSubscriptionsParams.DEFAULT, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<SubscriptionPage> =
        start { subscriptions.list(p, o) }
    @JvmOverloads
    public fun subscriptionPages(p: ListSubscriptionsParams = ListSubscriptionsParams.DEFAULT, o: RequestOptions = RequestOptions.DEFAULT): PageCursor<Subscription> =
        PageCursor(starter, subscriptions.walker(p, o).cursor())
    @JvmOverloads
    public fun retrieveSubscription(id: String, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Subscription> = start { subscriptions.retrieve(id, o) }
    @JvmOverloads
    public fun createSubscription(p: CreateSubscriptionParams, o: RequestOptions = RequestOptions.DEFAULT): CompletableFuture<Subscription> =
        start { subscriptions.create(p, o) }
}
