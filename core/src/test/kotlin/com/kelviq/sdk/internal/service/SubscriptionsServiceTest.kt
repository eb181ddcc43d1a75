package com.kelviq.sdk.internal.service

import com.kelviq.sdk.testing.subscriptions
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CancellationFeedback
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.PaymentBehavior
import com.kelviq.sdk.model.TrialEnd
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.WireFixtures.API
import com.kelviq.sdk.testing.pageJson
import com.kelviq.sdk.testing.respondJson
import com.kelviq.sdk.testing.shouldBeRequest
import com.kelviq.sdk.testing.subscriptionJson
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import java.time.Instant
import java.time.LocalDate

/** The exact request of every subscriptions operation, and the page walk of `listAll`. */
class SubscriptionsServiceTest : FunSpec({
    fun update() = UpdateSubscriptionParams.builder().subscriptionId("sub_1").planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY)

    test("update with only the required fields") {
        MockKelviq().use { m ->
            m.answer("""{"subscriptionId":"sub_1"}""")
            m.core.subscriptions.update(update().build()).subscriptionId shouldBe "sub_1"
            m.last.shouldBeRequest(
                "POST", "$API/subscriptions/sub_1/update/", """{"planIdentifier":"plan-team","chargePeriod":"YEARLY"}""",
            )
        }
    }

    test("update with every field: trial end now, payment behaviour, deprecated 1.x ids") {
        MockKelviq().use { m ->
            m.answer("""{"subscription_id":"sub/1"}""")
            @Suppress("DEPRECATION")
            val params = UpdateSubscriptionParams.builder().subscriptionId("sub/1").planIdentifier("plan-team")
                .chargePeriod(ChargePeriod.THREE_MONTHS).features(listOf(FeatureQuantity("seats", 10)))
                .ipAddress("2001:db8::1").trialEnd(TrialEnd.now()).paymentBehavior(PaymentBehavior.ACTIVATE_ON_PAYMENT)
                .offeringId("off").pricingTableId("pt").ruleId("r").build()
            m.core.subscriptions.update(params).subscriptionId shouldBe "sub/1"
            m.last.shouldBeRequest(
                "POST", "$API/subscriptions/sub%2F1/update/",
                """{"planIdentifier":"plan-team","chargePeriod":"THREE_MONTHS","features":[{"identifier":"seats","quantity":10}],""" +
                    """"ipAddress":"2001:db8::1","trialEnd":"now","paymentBehavior":"activate_on_payment",""" +
                    """"offeringId":"off","pricingTableId":"pt","ruleId":"r"}""",
            )
        }
    }

    test("a future trial end is sent as UTC yyyy-MM-dd HH:mm:ss") {
        MockKelviq().use { m ->
            m.answer("""{"subscriptionId":"sub_1"}""")
            m.core.subscriptions.update(update().trialEnd(Instant.parse("2099-01-02T03:04:05.678Z")).build())
            m.last.shouldBeRequest(
                "POST", "$API/subscriptions/sub_1/update/",
                """{"planIdentifier":"plan-team","chargePeriod":"YEARLY","trialEnd":"2099-01-02 03:04:05"}""",
            )
            m.core.subscriptions.update(update().trialEnd(TrialEnd.at(Instant.parse("2098-12-31T23:59:59Z"))).build())
            m.last.shouldBeRequest(
                "POST", "$API/subscriptions/sub_1/update/",
                """{"planIdentifier":"plan-team","chargePeriod":"YEARLY","trialEnd":"2098-12-31 23:59:59"}""",
            )
        }
    }

    context("cancel sends only the fields set") {
        withData(
            nameFn = { it.first.name },
            CancellationType.IMMEDIATE to """{"cancellationType":"IMMEDIATE"}""",
            CancellationType.CURRENT_PERIOD_ENDS to """{"cancellationType":"CURRENT_PERIOD_ENDS"}""",
        ) { (type, body) ->
            MockKelviq().use { m ->
                m.answer("""{"message":"ok"}""")
                m.core.subscriptions.cancel(CancelSubscriptionParams.builder().subscriptionId("sub 1").cancellationType(type).build())
                    .message shouldBe "ok"
                m.last.shouldBeRequest("POST", "$API/subscriptions/sub%201/cancel/", body)
            }
        }
    }

    test("cancel on a specific date with feedback and comment") {
        MockKelviq().use { m ->
            m.answer("""{"message":"Subscription cancelled"}""")
            m.core.subscriptions.cancel(
                CancelSubscriptionParams.builder().subscriptionId("sub_1").cancellationType(CancellationType.SPECIFIC_DATE)
                    .cancellationDate(LocalDate.of(2026, 1, 5)).cancellationFeedback(CancellationFeedback.SWITCHED_SERVICE)
                    .cancellationComment("moved to X").build(),
            )
            m.last.shouldBeRequest(
                "POST", "$API/subscriptions/sub_1/cancel/",
                """{"cancellationType":"SPECIFIC_DATE","cancellationDate":"2026-01-05","cancellationFeedback":"SWITCHED_SERVICE",""" +
                    """"cancellationComment":"moved to X"}""",
            )
        }
    }

    test("list sends snake_case query keys, statuses comma-separated; none without params") {
        MockKelviq().use { m ->
            m.answer(pageJson(0, false, emptyList()))
            m.core.subscriptions.list()
            m.last.shouldBeRequest("GET", "$API/subscriptions/")
            m.core.subscriptions.list(ListSubscriptionsParams.builder().customerId("c 1").status("active", "trialing").page(2).pageSize(100).build())
            m.last.shouldBeRequest("GET", "$API/subscriptions/?customer_id=c%201&status=active,trialing&page=2&page_size=100")
            m.core.subscriptions.list(ListSubscriptionsParams.builder().status(listOf("paused")).build())
            m.last.shouldBeRequest("GET", "$API/subscriptions/?status=paused")
        }
    }

    test("listAll walks every page with the filters until next is null") {
        MockKelviq().use { m ->
            m.handler = { req ->
                val page = req.url.parameters["page"]!!.toInt()
                respondJson(pageJson(3, page < 3, listOf(subscriptionJson("s$page"))))
            }
            m.core.subscriptions.listAll(ListSubscriptionsParams.builder().customerId("c1").status("active").pageSize(1).build())
                .toList().map { it.id } shouldBe listOf("s1", "s2", "s3")
            m.requests.map { it.url } shouldBe (1..3).map { "$API/subscriptions/?customer_id=c1&status=active&page=$it&page_size=1" }
        }
    }

    test("listAll is lazy: take(n) stops fetching further pages") {
        MockKelviq().use { m ->
            m.handler = { req ->
                val page = req.url.parameters["page"]!!.toInt()
                respondJson(pageJson(1000, true, listOf(subscriptionJson("s${page}a"), subscriptionJson("s${page}b"))))
            }
            val flow = m.core.subscriptions.listAll()
            m.requests shouldHaveSize 0
            flow.take(2).toList().map { it.id } shouldBe listOf("s1a", "s1b")
            m.requests.map { it.url } shouldBe listOf("$API/subscriptions/?page=1")
            flow.take(5).toList() shouldHaveSize 5
            m.requests shouldHaveSize 4
        }
    }

    test("retrieve sends GET /subscriptions/{id}/ and a 404 raises NotFoundException") {
        MockKelviq().use { m ->
            m.answer(WireFixtures.SUBSCRIPTION_JSON)
            m.core.subscriptions.retrieve("a/b c").id shouldBe "520ca8a5-9fc0-4d6a-bc7a-2ba331595441"
            m.last.shouldBeRequest("GET", "$API/subscriptions/a%2Fb%20c/")
            m.answer("""{"detail":"Not found."}""", 404)
            shouldThrow<NotFoundException> { m.core.subscriptions.retrieve("...") }.serverMessage shouldBe "Not found."
            m.last.shouldBeRequest("GET", "$API/subscriptions/%2E%2E%2E/")
        }
    }

    test("create sends POST /subscriptions/create/, minimal and full") {
        MockKelviq().use { m ->
            m.answer(WireFixtures.SUBSCRIPTION_JSON, 201)
            fun base() = CreateSubscriptionParams.builder().planIdentifier("plan-free").chargePeriod(ChargePeriod.ONE_TIME).customerId("c1")
            m.core.subscriptions.create(base().build()).status shouldBe "active"
            m.last.shouldBeRequest(
                "POST", "$API/subscriptions/create/", """{"planIdentifier":"plan-free","chargePeriod":"ONE_TIME","customerId":"c1"}""",
            )
            m.core.subscriptions.create(
                base().successUrl("https://example.com/done").features(listOf(FeatureQuantity("seats", 2))).ipAddress("198.51.100.1").build(),
            )
            m.last.shouldBeRequest(
                "POST", "$API/subscriptions/create/",
                """{"planIdentifier":"plan-free","chargePeriod":"ONE_TIME","customerId":"c1","successUrl":"https://example.com/done",""" +
                    """"features":[{"identifier":"seats","quantity":2}],"ipAddress":"198.51.100.1"}""",
            )
        }
    }
})
