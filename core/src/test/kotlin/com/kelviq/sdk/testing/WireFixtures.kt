package com.kelviq.sdk.testing

import com.kelviq.sdk.model.ArchiveResult
import com.kelviq.sdk.model.BillingAddress
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CancellationFeedback
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.Customer
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.SubscriptionCancellation
import com.kelviq.sdk.model.SubscriptionUpdate
import com.kelviq.sdk.model.TaxBehavior
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.model.UsageBehaviour
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject
import java.time.Instant
import java.time.LocalDate

/**
 * One operation's expected exchange, shared by the core and adapter test suites: the input to
 * give, the exact request every flavour must send, and the canned answer.
 *
 * @property url the full expected URL, host, trailing slash and query included.
 * @property body the expected JSON body (compared as a tree), or `null` when none is sent.
 */
class WireFixture<I>(
    @JvmField val name: String,
    @JvmField val input: I,
    @JvmField val method: String,
    @JvmField val url: String,
    @JvmField val body: String?,
    @JvmField val status: Int,
    @JvmField val response: String,
) {
    /** Makes [mock] answer with this fixture's canned response. */
    fun answerOn(mock: MockKelviq) = mock.answer(response, status)

    /**
     * Throws [AssertionError] unless [request] is exactly this fixture's request: method, URL,
     * bearer key, Accept, User-Agent, Content-Type when a body is sent, and the body as a JSON tree.
     */
    fun assertSent(request: RecordedRequest) {
        check("method", method, request.method)
        check("url", url, request.url)
        check("Authorization", "Bearer ${MockKelviq.API_KEY}", request.header("Authorization"))
        check("Accept", "application/json", request.header("Accept"))
        check("User-Agent prefix", true, request.header("User-Agent")?.startsWith("kelviq-sdk-jvm/"))
        if (body == null) {
            check("body", null, request.body?.takeIf { it.isNotEmpty() })
            check("Content-Type", null, request.contentType)
        } else {
            check("Content-Type", "application/json", request.contentType)
            check("body", Json.parseToJsonElement(body), request.body?.let { Json.parseToJsonElement(it) })
        }
    }

    /** The canned response as a JSON object (for building expected models). */
    fun responseJson(): JsonObject = Json.parseToJsonElement(response).jsonObject

    private fun check(what: String, expected: Any?, actual: Any?) {
        if (expected != actual) throw AssertionError("$name: $what expected <$expected> but was <$actual>")
    }

    override fun toString(): String = name
}

/** The expected exchange of every operation, in the production environment with [MockKelviq.API_KEY]. */
object WireFixtures {
    const val API = "https://api.kelviq.com/api/v1"
    const val EDGE = "https://edge.api.kelviq.com/api/v1"

    const val CUSTOMER_JSON = """{"id":"a1b2c3d4-e5f6-7890-1234-567890abcdef","customerId":"c1","name":"Ann","email":"a@b.co",""" +
        """"details":{},"metadata":{"source":"sdk_import"},"billingAddress":{"country":"IN","line1":"123 Main Street",""" +
        """"postalCode":"560001","city":"Bangalore","state":"Karnataka"},""" +
        """"createdOn":"2025-06-04T06:03:30.195790Z","modifiedOn":"2025-06-04T06:03:30.195790Z"}"""

    @JvmField
    val EXPECTED_CUSTOMER = Customer(
        id = "a1b2c3d4-e5f6-7890-1234-567890abcdef", customerId = "c1", name = "Ann", email = "a@b.co",
        details = JsonObject(emptyMap()), metadata = mapOf("source" to "sdk_import"),
        billingAddress = BillingAddress("IN", "123 Main Street", null, "560001", "Bangalore", "Karnataka"),
        createdOnText = "2025-06-04T06:03:30.195790Z", modifiedOnText = "2025-06-04T06:03:30.195790Z",
    )

    const val SUBSCRIPTION_JSON = """{"id":"520ca8a5-9fc0-4d6a-bc7a-2ba331595441","customerId":"c1","status":"active",""" +
        """"startDate":"2026-02-07","endDate":null,"billingPeriodStartTime":"2026-02-07T06:02:05Z",""" +
        """"billingPeriodEndTime":"2026-03-07T06:02:05Z","amount":"49.00","currency":"USD","recurrence":"month",""" +
        """"plan":{"name":"Pro","identifier":"plan-pro"},"features":[],"trialDaysRemaining":0,"billingType":"SUBSCRIPTION"}"""

    const val ENTITLEMENTS_JSON = """{"customerId":"c1","entitlements":[""" +
        """{"featureId":"seats","featureType":"METER","hasAccess":true,"resetAt":"2025-05-22 08:27:45","hardLimit":true,"usageLimit":3,"currentUsage":1,"remaining":2},""" +
        """{"featureId":"seats","featureType":"METER","hasAccess":true,"resetAt":"2025-05-21 08:27:45","hardLimit":false,"usageLimit":2,"currentUsage":0,"remaining":2},""" +
        """{"featureId":"sso","featureType":"BOOLEAN","hasAccess":true,"resetAt":null,"hardLimit":null,"usageLimit":null,"currentUsage":null,"remaining":null}]}"""

    @JvmField
    val createCustomer = WireFixture(
        "customers.create",
        CreateCustomerParams.builder().customerId("c1").email("a@b.co").name("Ann").metadata(mapOf("source" to "sdk_import")).build(),
        "POST", "$API/customers/", """{"customerId":"c1","email":"a@b.co","name":"Ann","metadata":{"source":"sdk_import"}}""",
        201, CUSTOMER_JSON,
    )

    @JvmField
    val retrieveCustomer = WireFixture("customers.retrieve", "a/b c", "GET", "$API/customers/a%2Fb%20c/", null, 200, CUSTOMER_JSON)

    @JvmField
    val updateCustomer = WireFixture(
        "customers.update",
        UpdateCustomerParams.builder().customerId("c1").name("Ann Lee").build(),
        "PATCH", "$API/customers/c1/", """{"name":"Ann Lee"}""", 200, CUSTOMER_JSON,
    )

    @JvmField
    val listCustomers = WireFixture(
        "customers.list",
        ListCustomersParams.builder().page(2).pageSize(50).search("ann lee").build(),
        "GET", "$API/customers/?page=2&page_size=50&search=ann%20lee", null, 200,
        """{"count":51,"next":null,"previous":"$API/customers/?page=1&page_size=50","results":[$CUSTOMER_JSON]}""",
    )

    @JvmField
    val archiveCustomer = WireFixture("customers.archive", "c1", "DELETE", "$API/customers/c1/", null, 204, "")

    @JvmField
    val EXPECTED_ARCHIVE = ArchiveResult(null)

    @JvmField
    val createCheckoutSession = WireFixture(
        "checkout.createSession",
        CreateCheckoutSessionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY)
            .successUrl("https://example.com/ok").customerId("c1").features(listOf(FeatureQuantity("seats", 5)))
            .cancelUrl("https://example.com/cancel").customAmount(2999L).currencyCode("USD").taxBehavior(TaxBehavior.EXCLUSIVE)
            .discountsEnabled(false).lockEmail(true).metadata(mapOf("order_ref" to "ABC-123")).build(),
        "POST", "$API/checkout/",
        """{"planIdentifier":"plan-pro","chargePeriod":"MONTHLY","successUrl":"https://example.com/ok","customerId":"c1",""" +
            """"features":[{"identifier":"seats","quantity":5}],"cancelUrl":"https://example.com/cancel","currencyCode":"USD",""" +
            """"customAmount":2999,"taxBehavior":"EXCLUSIVE","discountsEnabled":false,"lockEmail":true,"metadata":{"order_ref":"ABC-123"}}""",
        201, """{"checkoutUrl":"https://kelviq.com/checkout/cs_1/","checkoutSessionId":"cs_1"}""",
    )

    @JvmField
    val EXPECTED_CHECKOUT = CheckoutSession("https://kelviq.com/checkout/cs_1/", "cs_1")

    /** Input: customerId to featureId. */
    @JvmField
    val hasAccess = WireFixture(
        "entitlements.hasAccess", "c1" to "seats", "GET", "$EDGE/entitlements/?customer_id=c1&feature_id=seats", null, 200, ENTITLEMENTS_JSON,
    )

    /** Input: customerId to featureId. */
    @JvmField
    val getEntitlement = WireFixture(
        "entitlements.getEntitlement", "c1" to "seats", "GET", "$EDGE/entitlements/?customer_id=c1&feature_id=seats", null, 200, ENTITLEMENTS_JSON,
    )

    @JvmField
    val getAllEntitlements = WireFixture(
        "entitlements.getAllEntitlements", "c1", "GET", "$EDGE/entitlements/?customer_id=c1", null, 200, ENTITLEMENTS_JSON,
    )

    @JvmField
    val reportUsage = WireFixture(
        "reporting.reportUsage",
        ReportUsageParams.builder().value(150).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build(),
        "POST", "$API/report/usage/", """{"value":150,"customerId":"c1","featureId":"api-calls","behaviour":"SET"}""", 200,
        """{"value":150,"customerId":"c1","featureId":"api-calls","behaviour":"SET","orgId":"org_1","eventName":"api-calls",""" +
            """"idempotencyKey":"k1","timestamp":"2025-05-23 10:30:00.123456"}""",
    )

    @JvmField
    val reportEvent = WireFixture(
        "reporting.reportEvent",
        ReportEventParams.builder().customerId("c1").eventName("api_call").idempotencyKey("0123456789abcdef0123456789abcdef")
            .timestamp(Instant.parse("2025-05-23T10:30:00.123456Z")).properties(mapOf("endpoint" to "/search", "ms" to 42, "ok" to true))
            .build(),
        "POST", "$API/report/event/",
        """{"customerId":"c1","eventName":"api_call","idempotencyKey":"0123456789abcdef0123456789abcdef",""" +
            """"timestamp":"2025-05-23 10:30:00.123456","properties":{"endpoint":"/search","ms":42,"ok":true}}""",
        200,
        """{"customerId":"c1","eventName":"api_call","idempotencyKey":"0123456789abcdef0123456789abcdef",""" +
            """"timestamp":"2025-05-23 10:30:00.123456","properties":{"endpoint":"/search","ms":42,"ok":true},"orgId":"org_1"}""",
    )

    @JvmField
    val updateSubscription = WireFixture(
        "subscriptions.update",
        UpdateSubscriptionParams.builder().subscriptionId("sub 1").planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY)
            .features(listOf(FeatureQuantity("seats", 10))).build(),
        "POST", "$API/subscriptions/sub%201/update/",
        """{"planIdentifier":"plan-team","chargePeriod":"YEARLY","features":[{"identifier":"seats","quantity":10}]}""",
        200, """{"subscriptionId":"sub 1"}""",
    )

    @JvmField
    val EXPECTED_SUBSCRIPTION_UPDATE = SubscriptionUpdate("sub 1")

    @JvmField
    val cancelSubscription = WireFixture(
        "subscriptions.cancel",
        CancelSubscriptionParams.builder().subscriptionId("sub_1").cancellationType(CancellationType.SPECIFIC_DATE)
            .cancellationDate(LocalDate.of(2026, 12, 31)).cancellationFeedback(CancellationFeedback.TOO_EXPENSIVE)
            .cancellationComment("pricey").build(),
        "POST", "$API/subscriptions/sub_1/cancel/",
        """{"cancellationType":"SPECIFIC_DATE","cancellationDate":"2026-12-31","cancellationFeedback":"TOO_EXPENSIVE","cancellationComment":"pricey"}""",
        200, """{"message":"Subscription cancelled"}""",
    )

    @JvmField
    val EXPECTED_CANCELLATION = SubscriptionCancellation("Subscription cancelled")

    @JvmField
    val listSubscriptions = WireFixture(
        "subscriptions.list",
        ListSubscriptionsParams.builder().customerId("c1").status("active", "trialing").page(1).pageSize(20).build(),
        "GET", "$API/subscriptions/?customer_id=c1&status=active,trialing&page=1&page_size=20", null, 200,
        """{"count":1,"next":null,"previous":null,"results":[$SUBSCRIPTION_JSON]}""",
    )

    @JvmField
    val retrieveSubscription = WireFixture(
        "subscriptions.retrieve", "520ca8a5-9fc0-4d6a-bc7a-2ba331595441", "GET",
        "$API/subscriptions/520ca8a5-9fc0-4d6a-bc7a-2ba331595441/", null, 200, SUBSCRIPTION_JSON,
    )

    @JvmField
    val createSubscription = WireFixture(
        "subscriptions.create",
        CreateSubscriptionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId("c1")
            .successUrl("https://example.com/ok").build(),
        "POST", "$API/subscriptions/create/",
        """{"planIdentifier":"plan-pro","chargePeriod":"MONTHLY","customerId":"c1","successUrl":"https://example.com/ok"}""",
        201, SUBSCRIPTION_JSON,
    )

    /** Every fixture, for coverage checks. */
    @JvmStatic
    fun all(): List<WireFixture<*>> = listOf(
        createCustomer, retrieveCustomer, updateCustomer, listCustomers, archiveCustomer, createCheckoutSession,
        hasAccess, getEntitlement, getAllEntitlements, reportUsage, reportEvent,
        updateSubscription, cancelSubscription, listSubscriptions, retrieveSubscription, createSubscription,
    )
}
