package com.kelviq.sdk.coroutines

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.model.BillingAddress
import com.kelviq.sdk.model.CancellationFeedback
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.PaymentBehavior
import com.kelviq.sdk.model.TaxBehavior
import com.kelviq.sdk.model.TrialEnd
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixture
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate

/** The named-argument overloads send exactly the request of the params objects (the shared fixtures). */
class NamedArgumentsTest : FunSpec({
    val f = WireFixtures
    val mock = MockKelviq()
    val kelviq = KelviqClient(mock.core)
    afterSpec { kelviq.close() }

    suspend fun <I> sends(fixture: WireFixture<I>, call: suspend () -> Any?) {
        fixture.answerOn(mock)
        call()
        fixture.assertSent(mock.last)
    }

    /** Runs [viaParams] then [viaNamed]; both must send the same request. */
    suspend fun sameRequest(viaParams: suspend () -> Any?, viaNamed: suspend () -> Any?) {
        viaParams()
        val first = mock.last
        viaNamed()
        mock.last shouldBe first
    }

    test("customers.create(customerId = .., email = .., name = .., metadata = ..)") {
        sends(f.createCustomer) {
            kelviq.customers.create(customerId = "c1", email = "a@b.co", name = "Ann", metadata = mapOf("source" to "sdk_import"))
        }
    }
    test("customers.create with a billing address") {
        val address = BillingAddress.builder().country("IN").line1("123 Main Street").postalCode("560001").city("Bangalore").state("Karnataka").build()
        mock.answer(f.CUSTOMER_JSON, 201)
        kelviq.customers.create(customerId = "c2", billingAddress = address)
        val body = Json.parseToJsonElement(mock.last.body!!).jsonObject
        body.keys shouldBe setOf("customerId", "billingAddress")
        body["billingAddress"]!!.jsonObject["city"]!!.jsonPrimitive.content shouldBe "Bangalore"
    }
    test("customers.update(customerId = .., name = ..)") {
        sends(f.updateCustomer) { kelviq.customers.update(customerId = "c1", name = "Ann Lee") }
    }
    test("customers.list(page = .., pageSize = .., search = ..)") {
        sends(f.listCustomers) { kelviq.customers.list(page = 2, pageSize = 50, search = "ann lee") }
    }
    test("customers.list() asks for the first page without parameters") {
        mock.answer("""{"count":0,"next":null,"previous":null,"results":[]}""")
        kelviq.customers.list()
        mock.last.url shouldBe "${f.API}/customers/"
    }
    test("customers.listAll(pageSize = .., search = ..)") {
        mock.answer("""{"count":0,"next":null,"previous":null,"results":[]}""")
        sameRequest(
            { kelviq.customers.listAll(ListCustomersParams.builder().pageSize(2).search("x").build()).toList() },
            { kelviq.customers.listAll(pageSize = 2, search = "x").toList() },
        )
        mock.last.url shouldBe "${f.API}/customers/?page=1&page_size=2&search=x"
    }
    test("checkout.createSession with the fixture's fields") {
        sends(f.createCheckoutSession) {
            kelviq.checkout.createSession(
                planIdentifier = "plan-pro", chargePeriod = ChargePeriod.MONTHLY, successUrl = "https://example.com/ok",
                customerId = "c1", features = listOf(FeatureQuantity("seats", 5)), cancelUrl = "https://example.com/cancel",
                customAmount = BigDecimal.valueOf(2999), currencyCode = "USD", taxBehavior = TaxBehavior.EXCLUSIVE,
                discountsEnabled = false, lockEmail = true, metadata = mapOf("order_ref" to "ABC-123"),
            )
        }
    }
    test("checkout.createSession with every field") {
        f.createCheckoutSession.answerOn(mock)
        @Suppress("DEPRECATION")
        sameRequest(
            {
                kelviq.checkout.createSession(
                    CreateCheckoutSessionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.SIX_MONTHS)
                        .successUrl("https://e.com/ok").customerId("c9").features(listOf(FeatureQuantity("f", 0)))
                        .ipAddress("203.0.113.7").cancelUrl("https://e.com/no").plansEnabled("p,q").currencyCode("EUR")
                        .customAmount(BigDecimal("12.50")).taxBehavior(TaxBehavior.INCLUSIVE).discountsEnabled(true)
                        .discountCode("SAVE").lockEmail(false).defaultBillingCountry("DE").metadata(mapOf("k" to "v"))
                        .offeringId("o1").pricingTableId("pt1").ruleId("r1").build(),
                )
            },
            {
                kelviq.checkout.createSession(
                    planIdentifier = "p", chargePeriod = ChargePeriod.SIX_MONTHS, successUrl = "https://e.com/ok",
                    customerId = "c9", features = listOf(FeatureQuantity("f", 0)), ipAddress = "203.0.113.7",
                    cancelUrl = "https://e.com/no", plansEnabled = "p,q", currencyCode = "EUR", customAmount = BigDecimal("12.50"),
                    taxBehavior = TaxBehavior.INCLUSIVE, discountsEnabled = true, discountCode = "SAVE", lockEmail = false,
                    defaultBillingCountry = "DE", metadata = mapOf("k" to "v"), offeringId = "o1", pricingTableId = "pt1", ruleId = "r1",
                )
            },
        )
    }
    test("reporting.reportUsage(value = .., customerId = .., featureId = .., behaviour = ..)") {
        sends(f.reportUsage) {
            kelviq.reporting.reportUsage(value = 150, customerId = "c1", featureId = "api-calls", behaviour = UsageBehaviour.SET)
        }
    }
    test("reporting.reportEvent(customerId = .., eventName = .., idempotencyKey = .., timestamp = .., properties = ..)") {
        sends(f.reportEvent) {
            kelviq.reporting.reportEvent(
                customerId = "c1", eventName = "api_call", idempotencyKey = "0123456789abcdef0123456789abcdef",
                timestamp = Instant.parse("2025-05-23T10:30:00.123456Z"),
                properties = mapOf("endpoint" to "/search", "ms" to 42, "ok" to true),
            )
        }
    }
    test("reporting.reportEvent generates an idempotency key when none is given") {
        f.reportEvent.answerOn(mock)
        kelviq.reporting.reportEvent(customerId = "c1", eventName = "api_call", resourceId = "r1")
        mock.last.body!!.contains(Regex(""""idempotencyKey":"[0-9a-f]{32}"""")) shouldBe true
        mock.last.body!!.contains(""""resourceId":"r1"""") shouldBe true
    }
    test("subscriptions.update(subscriptionId = .., planIdentifier = .., chargePeriod = .., features = ..)") {
        sends(f.updateSubscription) {
            kelviq.subscriptions.update(
                subscriptionId = "sub 1", planIdentifier = "plan-team", chargePeriod = ChargePeriod.YEARLY,
                features = listOf(FeatureQuantity("seats", 10)),
            )
        }
    }
    test("subscriptions.update with every field") {
        f.updateSubscription.answerOn(mock)
        @Suppress("DEPRECATION")
        sameRequest(
            {
                kelviq.subscriptions.update(
                    UpdateSubscriptionParams.builder().subscriptionId("s").planIdentifier("p").chargePeriod(ChargePeriod.WEEKLY)
                        .features(listOf(FeatureQuantity("f", 1))).ipAddress("203.0.113.7").trialEnd(TrialEnd.now())
                        .paymentBehavior(PaymentBehavior.ACTIVATE_ON_PAYMENT).offeringId("o").pricingTableId("t").ruleId("r").build(),
                )
            },
            {
                kelviq.subscriptions.update(
                    subscriptionId = "s", planIdentifier = "p", chargePeriod = ChargePeriod.WEEKLY, features = listOf(FeatureQuantity("f", 1)),
                    ipAddress = "203.0.113.7", trialEnd = TrialEnd.now(), paymentBehavior = PaymentBehavior.ACTIVATE_ON_PAYMENT,
                    offeringId = "o", pricingTableId = "t", ruleId = "r",
                )
            },
        )
    }
    test("subscriptions.cancel(subscriptionId = .., cancellationType = .., ..)") {
        sends(f.cancelSubscription) {
            kelviq.subscriptions.cancel(
                subscriptionId = "sub_1", cancellationType = CancellationType.SPECIFIC_DATE,
                cancellationDate = LocalDate.of(2026, 12, 31), cancellationFeedback = CancellationFeedback.TOO_EXPENSIVE,
                cancellationComment = "pricey",
            )
        }
    }
    test("subscriptions.list(customerId = .., status = .., page = .., pageSize = ..)") {
        sends(f.listSubscriptions) {
            kelviq.subscriptions.list(customerId = "c1", status = listOf("active", "trialing"), page = 1, pageSize = 20)
        }
    }
    test("subscriptions.listAll(customerId = .., status = .., pageSize = ..)") {
        mock.answer("""{"count":0,"next":null,"previous":null,"results":[]}""")
        sameRequest(
            { kelviq.subscriptions.listAll(ListSubscriptionsParams.builder().customerId("c1").status("active").pageSize(5).build()).toList() },
            { kelviq.subscriptions.listAll(customerId = "c1", status = listOf("active"), pageSize = 5).toList() },
        )
        mock.last.url shouldBe "${f.API}/subscriptions/?customer_id=c1&status=active&page=1&page_size=5"
    }
    test("subscriptions.create(planIdentifier = .., chargePeriod = .., customerId = .., successUrl = ..)") {
        sends(f.createSubscription) {
            kelviq.subscriptions.create(
                planIdentifier = "plan-pro", chargePeriod = ChargePeriod.MONTHLY, customerId = "c1", successUrl = "https://example.com/ok",
            )
        }
    }
    test("named arguments are validated by core before anything is sent") {
        mock.requests.clear()
        shouldThrow<KelviqValidationException> { kelviq.customers.create(customerId = "c1", email = "not-an-address") }.field shouldBe "email"
        shouldThrow<KelviqValidationException> { kelviq.customers.update(customerId = "c1") }
        shouldThrow<KelviqValidationException> { kelviq.customers.list(pageSize = 101) }.field shouldBe "pageSize"
        shouldThrow<KelviqValidationException> {
            kelviq.subscriptions.cancel(subscriptionId = "s", cancellationType = CancellationType.SPECIFIC_DATE)
        }.field shouldBe "cancellationDate"
        mock.requests.shouldBeEmpty()
    }
})
