package com.kelviq.sdk.testing

import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.internal.CoreServices
import com.kelviq.sdk.model.ActivateLicenseParams
import com.kelviq.sdk.model.BillingType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateChargeParams
import com.kelviq.sdk.model.CreateRefundParams
import com.kelviq.sdk.model.DeactivateLicenseParams
import com.kelviq.sdk.model.ListCheckoutSessionsParams
import com.kelviq.sdk.model.ListEventsParams
import com.kelviq.sdk.model.ListOrdersParams
import com.kelviq.sdk.model.ListPaymentMethodsParams
import com.kelviq.sdk.model.ListRefundsParams
import com.kelviq.sdk.model.ListTransactionsParams
import com.kelviq.sdk.model.OrderStatus
import com.kelviq.sdk.model.ProductOfferingParams
import com.kelviq.sdk.model.RefundReason
import com.kelviq.sdk.model.RefundStatus
import com.kelviq.sdk.model.TransactionStatus
import com.kelviq.sdk.model.ValidateLicenseParams
import kotlinx.coroutines.runBlocking
import java.time.LocalDate

/**
 * A runtime-API operation's shared fixture: the [wire] exchange (the input, the exact request, and the documented
 * response example of Kelviq's OpenAPI, from `openapi-examples/{operationId}.json`, written by
 * `scripts/openapi-examples.py`) and how core calls it ([viaCore]), so every flavour can be compared with core.
 */
class RuntimeFixture<I>(
    @JvmField val wire: WireFixture<I>,
    private val viaCore: suspend (CoreServices, I) -> Any?,
) {
    /** The operation's id, `orders.list`. */
    val name: String get() = wire.name

    /** Runs the operation through [core]'s services with the fixture's input. */
    suspend fun callCore(core: CoreServices): Any? = viaCore(core, wire.input)

    /** [callCore] for Java tests: waits for the result on the calling thread. */
    fun callCoreBlocking(core: KelviqCore): Any? = runBlocking { viaCore(core.services, wire.input) }

    override fun toString(): String = name
}

/** The runtime-API operations' fixtures (portal, charges, licenses, refunds, transactions, checkout reads, offerings, payment methods, orders). */
object RuntimeWireFixtures {
    private const val API = WireFixtures.API
    const val PRODUCT_ID = "0d65f7c0-7e91-4f56-9b32-13a9a6a7c1de"

    /** The documented example of [operationId], as stored by `scripts/openapi-examples.py`. */
    @JvmStatic
    fun example(operationId: String): String =
        RuntimeWireFixtures::class.java.getResource("openapi-examples/$operationId.json")?.readText()
            ?: error("no stored OpenAPI example for $operationId")

    private fun <I> fixture(
        name: String, input: I, method: String, url: String, body: String?, status: Int, operationId: String,
        viaCore: suspend (CoreServices, I) -> Any?,
    ) = RuntimeFixture(WireFixture(name, input, method, url, body, status, example(operationId)), viaCore)

    val portalCreateSession = fixture("portal.createSession", "c 1", "POST", "$API/portal/session/", """{"customerId":"c 1"}""", 200,
        "createPortalSession") { c, id -> c.portal.createSession(id) }

    val chargesCreate = fixture(
        "charges.create",
        CreateChargeParams.builder().planIdentifier("lifetime-access").chargePeriod(ChargePeriod.ONE_TIME).customerId("geojacob")
            .currencyCode("USD").build(),
        "POST", "$API/charges/", """{"planIdentifier":"lifetime-access","chargePeriod":"ONE_TIME","customerId":"geojacob","currencyCode":"USD"}""",
        201, "createCharge",
    ) { c, p -> c.charges.create(p) }

    val licensesActivate = fixture(
        "licenses.activate",
        ActivateLicenseParams.builder().licenseKey("LIC-1").customerId("c1").instanceName("laptop").metadata(mapOf("os" to "macOS")).build(),
        "POST", "$API/license/activate/", """{"licenseKey":"LIC-1","customerId":"c1","instanceName":"laptop","metadata":{"os":"macOS"}}""",
        201, "licenseActivate",
    ) { c, p -> c.licenses.activate(p) }

    val licensesDeactivate = fixture(
        "licenses.deactivate", DeactivateLicenseParams.builder().licenseKey("LIC-1").instanceId("4c1e8f0a-2b7d-4e59-9a36-0d5f2c8b7e14").build(),
        "POST", "$API/license/deactivate/", """{"licenseKey":"LIC-1","instanceId":"4c1e8f0a-2b7d-4e59-9a36-0d5f2c8b7e14"}""", 200, "licenseDeactivate",
    ) { c, p -> c.licenses.deactivate(p) }

    val licensesValidate = fixture(
        "licenses.validate", ValidateLicenseParams.builder().licenseKey("LIC-1").instanceId("4c1e8f0a-2b7d-4e59-9a36-0d5f2c8b7e14").build(),
        "POST", "$API/license/validate/", """{"licenseKey":"LIC-1","instanceId":"4c1e8f0a-2b7d-4e59-9a36-0d5f2c8b7e14"}""", 200, "licenseValidate",
    ) { c, p -> c.licenses.validate(p) }

    val refundsCreate = fixture(
        "refunds.create",
        CreateRefundParams.builder().orderId("ORD-1").amountUnits(2500).reason(RefundReason.REQUESTED_BY_CUSTOMER).internalNote("partial").build(),
        "POST", "$API/refunds/", """{"orderId":"ORD-1","amountUnits":2500,"reason":"REQUESTED_BY_CUSTOMER","internalNote":"partial"}""",
        200, "createRefund",
    ) { c, p -> c.refunds.create(p) }

    val refundsList = fixture(
        "refunds.list", ListRefundsParams.builder().status(RefundStatus.SUCCEEDED).startDate(LocalDate.of(2026, 7, 1)).pageSize(5).build(),
        "GET", "$API/refunds/?status=SUCCEEDED&start_date=2026-07-01&page_size=5", null, 200, "listRefunds",
    ) { c, p -> c.refunds.list(p) }

    val refundsRetrieve = fixture("refunds.retrieve", "rf/1", "GET", "$API/refunds/rf%2F1/", null, 200, "retrieveRefund") { c, id ->
        c.refunds.retrieve(id)
    }

    val transactionsList = fixture(
        "transactions.list", ListTransactionsParams.builder().search("ORD").status(TransactionStatus.SUCCESS).page(2).build(),
        "GET", "$API/transaction/?search=ORD&status=success&page=2", null, 200, "listTransactions",
    ) { c, p -> c.transactions.list(p) }

    val checkoutListSessions = fixture(
        "checkout.listSessions",
        ListCheckoutSessionsParams.builder().search("jane").status("open").startDate(LocalDate.of(2026, 7, 1))
            .endDate(LocalDate.of(2026, 7, 31)).page(1).pageSize(20).build(),
        "GET", "$API/checkout/sessions/?search=jane&status=open&start_date=2026-07-01&end_date=2026-07-31&page=1&page_size=20", null, 200,
        "listCheckoutSessions",
    ) { c, p -> c.checkout.listSessions(p) }

    val checkoutRetrieveSession = fixture(
        "checkout.retrieveSession", "cs_a1", "GET", "$API/checkout/sessions/cs_a1/", null, 200, "retrieveCheckoutSession",
    ) { c, id -> c.checkout.retrieveSession(id) }

    val checkoutListSessionEvents = fixture(
        "checkout.listSessionEvents", "cs_a1" to ListEventsParams.builder().page(2).pageSize(50).build(),
        "GET", "$API/checkout/sessions/cs_a1/events/?page=2&page_size=50", null, 200, "listCheckoutSessionEvents",
    ) { c, (id, p) -> c.checkout.listSessionEvents(id, p) }

    val offeringsRetrieve = fixture(
        "offerings.retrieve",
        PRODUCT_ID to ProductOfferingParams.builder().customerId("c 1").plansEnabled("pro", "enterprise").ipAddress("203.0.113.42").build(),
        "GET", "$API/monetization/product-offering/$PRODUCT_ID/?customer_id=c%201&plans_enabled=pro,enterprise&ip_address=203.0.113.42",
        null, 200, "getProductOffering",
    ) { c, (id, p) -> c.offerings.retrieve(id, p) }

    val paymentMethodsList = fixture(
        "paymentMethods.list", ListPaymentMethodsParams.builder().customerEmail("geo+1@example.com").pageSize(10).build(),
        "GET", "$API/payment-methods/?customer_email=geo%2B1%40example.com&page_size=10", null, 200, "listPaymentMethods",
    ) { c, p -> c.paymentMethods.list(p) }

    val ordersList = fixture(
        "orders.list",
        ListOrdersParams.builder().status(OrderStatus.PARTIAL_REFUND).billingType(BillingType.SUBSCRIPTION).isRenewal(false)
            .endDate(LocalDate.of(2026, 7, 31)).pageSize(100).build(),
        "GET", "$API/orders/?status=PARTIAL_REFUND&billing_type=SUBSCRIPTION&is_renewal=false&end_date=2026-07-31&page_size=100", null, 200,
        "listOrders",
    ) { c, p -> c.orders.list(p) }

    val ordersRetrieve = fixture("orders.retrieve", "ORD-20260729103000-AB3K9", "GET", "$API/orders/ORD-20260729103000-AB3K9/", null, 200,
        "retrieveOrder") { c, id -> c.orders.retrieve(id) }

    val ordersListEvents = fixture(
        "orders.listEvents", "ORD-1" to ListEventsParams.DEFAULT, "GET", "$API/orders/ORD-1/events/", null, 200, "listOrderEvents",
    ) { c, (id, p) -> c.orders.listEvents(id, p) }

    /** Every runtime fixture, for coverage checks: each flavour's test must run them all. */
    @JvmStatic
    fun all(): List<RuntimeFixture<*>> = listOf(
        portalCreateSession, chargesCreate, licensesActivate, licensesDeactivate, licensesValidate, refundsCreate, refundsList,
        refundsRetrieve, transactionsList, checkoutListSessions, checkoutRetrieveSession, checkoutListSessionEvents, offeringsRetrieve,
        paymentMethodsList, ordersList, ordersRetrieve, ordersListEvents,
    )
}
