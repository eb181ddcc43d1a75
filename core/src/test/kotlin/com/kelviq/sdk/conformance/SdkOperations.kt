package com.kelviq.sdk.conformance

import com.kelviq.sdk.internal.CoreServices
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testing.RuntimeFixture
import com.kelviq.sdk.testing.RuntimeWireFixtures
import com.kelviq.sdk.testing.WireFixture
import com.kelviq.sdk.testing.WireFixtures

/**
 * One way the SDK calls an operation of the published document: the SDK's name for it, the request it sends (its
 * shared [fixture]), and the call through core, whose result is the model decoded from the whole answer
 * ([typed] false when the result is a derived value, such as `hasAccess`'s boolean).
 */
class SdkCall(
    val operationId: String,
    val name: String,
    val fixture: WireFixture<*>,
    val typed: Boolean = true,
    val call: suspend (CoreServices) -> Any?,
) {
    override fun toString(): String = "$name ($operationId)"
}

/**
 * The SDK's operations against the published document, in one table: every operation of the document is either
 * called here or listed in [NOT_IN_THE_SDK_YET]; the SDK's operations that the document lacks are in [OUTSIDE_THE_SPEC].
 */
object SdkOperations {
    private val w = WireFixtures
    private val r = RuntimeWireFixtures

    private fun runtime(operationId: String, f: RuntimeFixture<*>) = SdkCall(operationId, f.name, f.wire) { f.callCore(it) }

    private val usageDelta = WireFixture(
        "reporting.reportUsage", ReportUsageParams.builder().value(3).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.DELTA).build(),
        "POST", "${WireFixtures.API}/report/usage/", """{"value":3,"customerId":"c1","featureId":"api-calls","behaviour":"DELTA"}""", 200,
        w.reportUsage.response,
    )

    /** Every SDK call of an operation the document describes. */
    val calls: List<SdkCall> = listOf(
        SdkCall("listCustomers", "customers.list", w.listCustomers) { it.customers.list(ListCustomersParams.DEFAULT) },
        SdkCall("createCustomer", "customers.create", w.createCustomer) { it.customers.create(w.createCustomer.input) },
        SdkCall("updateCustomer", "customers.update", w.updateCustomer) { it.customers.update(w.updateCustomer.input) },
        SdkCall("createCheckoutSession", "checkout.createSession", w.createCheckoutSession) { it.checkout.createSession(w.createCheckoutSession.input) },
        runtime("listCheckoutSessions", r.checkoutListSessions),
        runtime("retrieveCheckoutSession", r.checkoutRetrieveSession),
        runtime("listCheckoutSessionEvents", r.checkoutListSessionEvents),
        SdkCall("getCustomerEntitlements", "entitlements.getAllEntitlements", w.getAllEntitlements) {
            it.entitlements.getAllEntitlements(w.getAllEntitlements.input)
        },
        SdkCall("getCustomerEntitlements", "entitlements.hasAccess", w.hasAccess, typed = false) {
            it.entitlements.hasAccess(w.hasAccess.input.first, w.hasAccess.input.second)
        },
        SdkCall("getCustomerEntitlements", "entitlements.getEntitlement", w.getEntitlement, typed = false) {
            it.entitlements.getEntitlement(w.getEntitlement.input.first, w.getEntitlement.input.second)
        },
        runtime("licenseActivate", r.licensesActivate),
        runtime("licenseDeactivate", r.licensesDeactivate),
        runtime("licenseValidate", r.licensesValidate),
        SdkCall("reportUsage", "reporting.reportUsage(SET)", w.reportUsage) { it.reporting.reportUsage(w.reportUsage.input) },
        SdkCall("reportUsage", "reporting.reportUsage(DELTA)", usageDelta) { it.reporting.reportUsage(usageDelta.input) },
        runtime("listTransactions", r.transactionsList),
        runtime("listOrders", r.ordersList),
        runtime("retrieveOrder", r.ordersRetrieve),
        runtime("listOrderEvents", r.ordersListEvents),
        runtime("listRefunds", r.refundsList),
        runtime("createRefund", r.refundsCreate),
        runtime("retrieveRefund", r.refundsRetrieve),
        runtime("createCharge", r.chargesCreate),
        SdkCall("listSubscriptions", "subscriptions.list", w.listSubscriptions) { it.subscriptions.list(ListSubscriptionsParams.DEFAULT) },
        SdkCall("createSubscription", "subscriptions.create", w.createSubscription) { it.subscriptions.create(w.createSubscription.input) },
        SdkCall("retrieveSubscription", "subscriptions.retrieve", w.retrieveSubscription) { it.subscriptions.retrieve(w.retrieveSubscription.input) },
        SdkCall("updateSubscription", "subscriptions.update", w.updateSubscription) { it.subscriptions.update(w.updateSubscription.input) },
        SdkCall("cancelSubscription", "subscriptions.cancel", w.cancelSubscription) { it.subscriptions.cancel(w.cancelSubscription.input) },
        runtime("getProductOffering", r.offeringsRetrieve),
        runtime("createPortalSession", r.portalCreateSession),
        runtime("listPaymentMethods", r.paymentMethodsList),
    )

    /**
     * The SDK's operations that the published document has no path for, each with the component schemas of its
     * answer (and request) where the document has them: `customers.retrieve` answers a `CustomerResponse`;
     * `reporting.reportEvent`'s request and answer schemas are in the document without a path.
     */
    val OUTSIDE_THE_SPEC: Map<String, Pair<String?, String?>> = mapOf(
        "customers.retrieve" to (null to "CustomerResponse"),
        "customers.archive" to (null to null),
        "reporting.reportEvent" to ("ReportEventRequest" to "ReportEventResponse"),
    )

    /** The document's management operations, which the SDK offers from issue 27 on (catalog, media, promotions, webhook logs, partner). */
    val NOT_IN_THE_SDK_YET: Set<String> = setOf(
        "listWebhookEventLogs", "getPromotion", "listCatalogProducts", "createCatalogProduct", "retrieveCatalogProduct",
        "updateCatalogProduct", "deleteCatalogProduct", "getCatalogProductSettings", "updateCatalogProductSettings",
        "updateCatalogProductImage", "deleteCatalogProductImage", "listCatalogFeatures", "createCatalogFeature",
        "retrieveCatalogFeature", "deleteCatalogFeature", "listCatalogPlans", "createCatalogPlan", "retrieveCatalogPlan",
        "updateCatalogPlan", "deleteCatalogPlan", "publishCatalogPlan", "discardCatalogPlanDraft", "listCatalogPlanPrices",
        "bulkSetCatalogPlanPrices", "listCatalogPlanFeatures", "addCatalogPlanFeatures", "updateCatalogPlanFeature",
        "deleteCatalogPlanFeature", "updateCatalogPlanFile", "deleteCatalogPlanFile", "downloadCatalogPlanFile",
        "createPresignedUploadUrl", "provisionPartnerOrganization", "listPartnerOrganizations", "retrievePartnerOrganization",
        "retrievePartnerOrganizationByExternalId",
    )

    /**
     * What an answer must hold for the operation to mean anything (component schema to properties): the record's
     * ids, and what decides access (each entitlement entry's `featureId`, and `hasAccess` for entries that are not metered).
     * Every other property may be absent, `null` or of any form the document allows. Generated bodies always carry
     * these; [NeededFieldsTest] takes each away once and expects an error naming it.
     */
    val NEEDED: Map<String, Set<String>> = mapOf(
        "CustomerResponse" to setOf("id", "customerId"),
        "EntitlementDetail" to setOf("featureId", "hasAccess"),
        "CreateCheckoutSessionResponse" to setOf("checkoutUrl", "checkoutSessionId"),
        "CreatePortalSessionResponse" to setOf("token", "customerPortalUrl"),
        "Subscription" to setOf("id"),
        "CreateSubscriptionResponse" to setOf("id"),
        "CreateChargeResponse" to setOf("id"),
        "LicenseActivationResponse" to setOf("instanceId"),
        "RefundResponse" to setOf("id"),
        "TransactionResponse" to setOf("id"),
        "OrderResponse" to setOf("id"),
        "OrderCustomer" to setOf("customerId"),
        "OrderSubscriptionSummary" to setOf("id"),
        "OrderEventResponse" to setOf("id"),
        "CheckoutSessionResponse" to setOf("id"),
        "CheckoutSessionOrder" to setOf("id"),
        "CheckoutSessionSubscription" to setOf("id"),
        "CheckoutSessionEventResponse" to setOf("id"),
        "PaymentMethodResponse" to setOf("id"),
        "PaymentMethodCustomer" to setOf("customerId"),
        "ProductPlan" to setOf("identifier"),
    )
}
