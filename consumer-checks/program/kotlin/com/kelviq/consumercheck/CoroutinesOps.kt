package com.kelviq.consumercheck

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.coroutines.KelviqClient
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
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking

/** The Kotlin coroutines flavour, compiled by the consumer's own Kotlin compiler; named arguments where Kotlin users write them. */
internal class CoroutinesOps(config: KelviqConfig) : Ops {
    private val client = KelviqClient(config)

    override fun flavour(): String = "coroutines"

    override fun createCustomer(params: CreateCustomerParams): Customer = runBlocking {
        client.customers.create(customerId = params.customerId, email = params.email, name = params.name, metadata = params.metadata)
    }

    override fun retrieveCustomer(customerId: String): Customer = runBlocking { client.customers.retrieve(customerId) }
    override fun updateCustomer(params: UpdateCustomerParams): Customer = runBlocking { client.customers.update(params) }
    override fun listCustomers(params: ListCustomersParams): CustomerPage = runBlocking { client.customers.list(params) }
    override fun listAllCustomers(): List<Customer> = runBlocking { client.customers.listAll().toList() }
    override fun archiveCustomer(customerId: String): ArchiveResult = runBlocking { client.customers.archive(customerId) }
    override fun createCheckoutSession(params: CreateCheckoutSessionParams): CheckoutSession = runBlocking { client.checkout.createSession(params) }
    override fun hasAccess(customerId: String, featureId: String): Boolean =
        runBlocking { client.entitlements.hasAccess(customerId = customerId, featureId = featureId) }
    override fun getEntitlement(customerId: String, featureId: String): Entitlement? =
        runBlocking { client.entitlements.getEntitlement(customerId, featureId) }
    override fun getAllEntitlements(customerId: String): CustomerEntitlements = runBlocking { client.entitlements.getAllEntitlements(customerId) }

    override fun reportUsage(params: ReportUsageParams): UsageReport = runBlocking {
        client.reporting.reportUsage(value = params.value, customerId = params.customerId, featureId = params.featureId, behaviour = params.behaviour)
    }

    override fun reportEvent(params: ReportEventParams): EventReport = runBlocking { client.reporting.reportEvent(params) }
    override fun createSubscription(params: CreateSubscriptionParams): Subscription = runBlocking { client.subscriptions.create(params) }
    override fun listSubscriptions(params: ListSubscriptionsParams): SubscriptionPage = runBlocking { client.subscriptions.list(params) }
    override fun listAllSubscriptions(params: ListSubscriptionsParams): List<Subscription> =
        runBlocking { client.subscriptions.listAll(params).toList() }
    override fun retrieveSubscription(subscriptionId: String): Subscription = runBlocking { client.subscriptions.retrieve(subscriptionId) }
    override fun updateSubscription(params: UpdateSubscriptionParams): SubscriptionUpdate = runBlocking { client.subscriptions.update(params) }
    override fun cancelSubscription(params: CancelSubscriptionParams): SubscriptionCancellation = runBlocking { client.subscriptions.cancel(params) }
    override fun close(): Unit = client.close()
}
