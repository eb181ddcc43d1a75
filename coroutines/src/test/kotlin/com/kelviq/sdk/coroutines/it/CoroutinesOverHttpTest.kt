package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import java.time.Duration

/**
 * Every operation of the coroutines flavour over real HTTP against [KelviqTestServer]: customers,
 * checkout, entitlements (with the has-access transition at a hard limit), reporting (with event
 * de-duplication), subscriptions, the background reporter and the entitlement cache.
 */
class CoroutinesOverHttpTest : FunSpec({

    /** Runs [block] with a fresh server and a client configured by [config] (cache off by default). */
    suspend fun withServer(
        config: (KelviqTestServer) -> KelviqConfig = { it.config() },
        block: suspend (server: KelviqTestServer, kelviq: KelviqClient) -> Unit,
    ) {
        KelviqTestServer.start().use { server ->
            KelviqClient(config(server)).use { kelviq -> block(server, kelviq) }
        }
    }

    test("customers: create, retrieve, update, list, listAll over several pages, archive") {
        withServer { server, kelviq ->
            val created = kelviq.customers.create(customerId = "c1", email = "a@b.co", name = "Ann", metadata = mapOf("k" to "v"))
            created.customerId shouldBe "c1"
            created.metadata shouldBe mapOf("k" to "v")
            server.lastRequest()!!.path shouldBe "/api/v1/customers/"

            kelviq.customers.retrieve("c1").email shouldBe "a@b.co"
            kelviq.customers.update(UpdateCustomerParams.builder().customerId("c1").name("Ann Lee").build()).name shouldBe "Ann Lee"
            kelviq.customers.update(customerId = "c1", email = "ann@b.co").email shouldBe "ann@b.co"
            server.lastRequest()!!.method shouldBe "PATCH"

            for (i in 2..5) kelviq.customers.create(CreateCustomerParams.builder().customerId("c$i").build())
            val page = kelviq.customers.list(page = 1, pageSize = 2)
            page.count shouldBe 5
            page.results shouldHaveSize 2
            page.next!! shouldStartWith server.baseUrl

            server.clearRequests()
            kelviq.customers.listAll(pageSize = 2).map { it.customerId }.toList() shouldContainExactlyInAnyOrder
                listOf("c1", "c2", "c3", "c4", "c5")
            server.requestCount(RequestMatcher.of("GET", "/api/v1/customers/")) shouldBe 3

            kelviq.customers.archive("c5")
            server.hasCustomer("c5") shouldBe false
            shouldThrow<NotFoundException> { kelviq.customers.retrieve("c5") }.statusCode shouldBe 404
        }
    }

    test("a customer id with a space is one percent-encoded path segment") {
        withServer { server, kelviq ->
            kelviq.customers.create(customerId = "a b")
            kelviq.customers.retrieve("a b").customerId shouldBe "a b"
            server.lastRequest()!!.path shouldBe "/api/v1/customers/a%20b/"
        }
    }

    test("checkout: createSession") {
        withServer { server, kelviq ->
            val session = kelviq.checkout.createSession(
                planIdentifier = "plan-pro", chargePeriod = ChargePeriod.MONTHLY, successUrl = "https://example.com/ok",
            )
            session.checkoutSessionId.isNotEmpty() shouldBe true
            session.checkoutUrl shouldStartWith "http"
            server.checkoutSessions() shouldHaveSize 1
            kelviq.checkout.createSession(
                CreateCheckoutSessionParams.builder().planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY)
                    .successUrl("https://example.com/ok").build(),
            ).checkoutSessionId.isNotEmpty() shouldBe true
            server.checkoutSessions() shouldHaveSize 2
        }
    }

    test("entitlements: hasAccess turns false at a hard limit and true again after a SET") {
        withServer { server, kelviq ->
            server.grant("c1", "api-calls", "METER", 3L, true)
            server.grant("c1", "sso")

            kelviq.entitlements.hasAccess(customerId = "c1", featureId = "api-calls") shouldBe true
            server.lastRequest()!!.path shouldBe "/edge/api/v1/entitlements/"
            server.lastRequest()!!.query shouldBe "customer_id=c1&feature_id=api-calls"
            kelviq.entitlements.getEntitlement("c1", "api-calls")!!.remaining shouldBe 3

            kelviq.reporting.reportUsage(value = 3, customerId = "c1", featureId = "api-calls", behaviour = UsageBehaviour.DELTA)
            kelviq.entitlements.hasAccess("c1", "api-calls") shouldBe false
            val exhausted = kelviq.entitlements.getEntitlement("c1", "api-calls")!!
            exhausted.remaining shouldBe 0
            exhausted.currentUsage shouldBe 3
            exhausted.hasAccess shouldBe false

            kelviq.reporting.reportUsage(
                ReportUsageParams.builder().value(1).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build(),
            ).behaviour shouldBe "SET"
            kelviq.entitlements.hasAccess("c1", "api-calls") shouldBe true
            server.currentUsage("c1", "api-calls") shouldBe 1

            val all = kelviq.entitlements.getAllEntitlements("c1")
            all.entitlements.map { it.featureId } shouldContainExactlyInAnyOrder listOf("api-calls", "sso")
            all.get("api-calls")!!.remaining shouldBe 2
            all.get("sso")!!.hasAccess shouldBe true
            server.lastRequest()!!.query shouldBe "customer_id=c1"
            kelviq.entitlements.getEntitlement("c1", "absent") shouldBe null
            kelviq.entitlements.hasAccess("c1", "absent") shouldBe false
        }
    }

    test("reporting: an event sent twice with the same idempotency key is counted once") {
        withServer { server, kelviq ->
            server.addCustomer("c1")
            val params = ReportEventParams.builder().customerId("c1").eventName("login").idempotencyKey("key-1").build()
            kelviq.reporting.reportEvent(params).idempotencyKey shouldBe "key-1"
            kelviq.reporting.reportEvent(customerId = "c1", eventName = "login", idempotencyKey = "key-1").idempotencyKey shouldBe "key-1"
            server.requestCount(RequestMatcher.of("POST", "/api/v1/report/event/")) shouldBe 2
            server.eventCount("c1", "login") shouldBe 1
            kelviq.reporting.reportEvent(customerId = "c1", eventName = "login", properties = mapOf("ms" to 42))
            server.eventCount("c1", "login") shouldBe 2
        }
    }

    test("subscriptions: create, list filtered, retrieve, update, listAll, cancel") {
        withServer { server, kelviq ->
            server.addCustomer("c1").addCustomer("c2")
            val sub = kelviq.subscriptions.create(
                CreateSubscriptionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId("c1").build(),
            )
            sub.status shouldBe "active"
            kelviq.subscriptions.create(planIdentifier = "plan-pro", chargePeriod = ChargePeriod.MONTHLY, customerId = "c2")
            server.addSubscription("c1", "plan-old", "MONTHLY", "past_due")

            kelviq.subscriptions.list(customerId = "c1", status = listOf("active")).results.map { it.id } shouldBe listOf(sub.id)
            kelviq.subscriptions.list(ListSubscriptionsParams.builder().customerId("c1").build()).count shouldBe 2
            server.lastRequest()!!.query shouldBe "customer_id=c1"
            kelviq.subscriptions.listAll(status = listOf("active", "past_due"), pageSize = 1).toList() shouldHaveSize 3

            kelviq.subscriptions.retrieve(sub.id).plan!!.identifier shouldBe "plan-pro"
            kelviq.subscriptions.update(subscriptionId = sub.id, planIdentifier = "plan-team", chargePeriod = ChargePeriod.YEARLY)
                .subscriptionId shouldBe sub.id
            server.subscriptionPlan(sub.id) shouldBe "plan-team"

            val before = server.requestCount()
            shouldThrow<KelviqValidationException> {
                kelviq.subscriptions.cancel(subscriptionId = sub.id, cancellationType = CancellationType.SPECIFIC_DATE)
            }.field shouldBe "cancellationDate"
            server.requestCount() shouldBe before // refused client-side: nothing sent

            kelviq.subscriptions.cancel(subscriptionId = sub.id, cancellationType = CancellationType.IMMEDIATE)
            kelviq.subscriptions.retrieve(sub.id).status shouldBe "canceled"
            shouldThrow<NotFoundException> { kelviq.subscriptions.retrieve("no-such-subscription") }
        }
    }

    test("background reporter: 50 enqueued events are all delivered by flush") {
        withServer { server, kelviq ->
            server.addCustomer("c1")
            repeat(50) { kelviq.reporting.enqueueEvent(customerId = "c1", eventName = "api_call") shouldBe true }
            kelviq.reporting.flush(Duration.ofSeconds(30)) shouldBe true
            server.eventCount("c1", "api_call") shouldBe 50
            kelviq.reporting.stats().sent shouldBe 50
            kelviq.reporting.stats().failed shouldBe 0
        }
    }

    test("with the cache on, a hasAccess after a reportUsage through the same client sees the new usage") {
        withServer({ it.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build() }) { server, kelviq ->
            server.grant("c1", "api-calls", "METER", 3L, true)
            val edge = RequestMatcher.edge()
            kelviq.entitlements.hasAccess("c1", "api-calls") shouldBe true
            kelviq.entitlements.hasAccess("c1", "api-calls") shouldBe true
            server.requestCount(edge) shouldBe 1 // the second check is answered by the cache
            server.lastRequest()!!.query shouldBe "customer_id=c1"

            kelviq.reporting.reportUsage(value = 3, customerId = "c1", featureId = "api-calls", behaviour = UsageBehaviour.DELTA)
            kelviq.entitlements.hasAccess("c1", "api-calls") shouldBe false // applied to the cached snapshot at once
            server.requestCount(edge) shouldBe 1

            server.revokeAll("c1")
            kelviq.entitlements.hasAccess("c1", "api-calls") shouldBe false
            kelviq.entitlements.invalidate("c1")
            kelviq.entitlements.getEntitlement("c1", "api-calls") shouldBe null
            server.requestCount(edge) shouldBe 2
            kelviq.entitlements.invalidateAll()
            kelviq.entitlements.getAllEntitlements("c1").entitlements shouldHaveSize 0
            server.requestCount(edge) shouldBe 3
        }
    }
})
