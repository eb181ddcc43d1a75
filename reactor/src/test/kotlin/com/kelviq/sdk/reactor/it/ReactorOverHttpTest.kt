package com.kelviq.sdk.reactor.it

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.reactor.BlockHoundSupport
import com.kelviq.sdk.reactor.ReactorKelviqClient
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono
import reactor.core.scheduler.Schedulers
import reactor.test.StepVerifier
import java.time.Duration

/**
 * Every operation of the Reactor flavour over real HTTP against [KelviqTestServer], each Mono and
 * Flux subscribed on `Schedulers.parallel()` under BlockHound: customers, checkout, entitlements
 * (with the has-access transition at a hard limit), reporting (with event de-duplication),
 * subscriptions, the background reporter and the entitlement cache.
 */
class ReactorOverHttpTest : FunSpec({
    BlockHoundSupport.install() // every spec runs under BlockHound, whatever the order

    /** The one value of [mono] subscribed on a non-blocking parallel thread, checked with StepVerifier. */
    fun <T : Any> value(mono: Mono<T>): T {
        var result: T? = null
        StepVerifier.create(mono.subscribeOn(Schedulers.parallel())).assertNext { result = it }.verifyComplete()
        return result!!
    }

    /** Every element of [flux] subscribed on a non-blocking parallel thread, checked with StepVerifier. */
    fun <T : Any> values(flux: Flux<T>): List<T> {
        val result = mutableListOf<T>()
        StepVerifier.create(flux.subscribeOn(Schedulers.parallel())).recordWith { result }.thenConsumeWhile { true }.verifyComplete()
        return result
    }

    /** Asserts that [mono], subscribed on a parallel thread, fails with [type]. */
    fun failsWith(mono: Mono<*>, type: Class<out Throwable>) {
        StepVerifier.create(mono.subscribeOn(Schedulers.parallel())).expectError(type).verify()
    }

    /** Runs [block] with a fresh server and a client configured by [config] (cache off by default). */
    fun withServer(
        config: (KelviqTestServer) -> KelviqConfig = { it.config() },
        block: (server: KelviqTestServer, kelviq: ReactorKelviqClient) -> Unit,
    ) {
        KelviqTestServer.start().use { server ->
            ReactorKelviqClient.create(config(server)).use { kelviq -> block(server, kelviq) }
        }
    }

    test("customers: create, retrieve, update, list, listAll over several pages, archive") {
        withServer { server, kelviq ->
            val customers = kelviq.customers()
            val create = customers.create(CreateCustomerParams.builder().customerId("c1").email("a@b.co").name("Ann").build())
            server.requestCount() shouldBe 0 // cold: nothing sent before subscription
            value(create).customerId shouldBe "c1"
            server.lastRequest()!!.path shouldBe "/api/v1/customers/"

            value(customers.retrieve("c1")).email shouldBe "a@b.co"
            value(customers.update(UpdateCustomerParams.builder().customerId("c1").name("Ann Lee").build())).name shouldBe "Ann Lee"
            server.lastRequest()!!.method shouldBe "PATCH"

            for (i in 2..5) value(customers.create(CreateCustomerParams.builder().customerId("c$i").build()))
            val page = value(customers.list(ListCustomersParams.builder().page(1).pageSize(2).build()))
            page.count shouldBe 5
            page.results shouldHaveSize 2
            page.next!! shouldStartWith server.baseUrl
            value(customers.list()).count shouldBe 5

            server.clearRequests()
            values(customers.listAll(ListCustomersParams.builder().pageSize(2).build())).map { it.customerId } shouldContainExactlyInAnyOrder
                listOf("c1", "c2", "c3", "c4", "c5")
            server.requestCount(RequestMatcher.of("GET", "/api/v1/customers/")) shouldBe 3
            values(customers.listAll()) shouldHaveSize 5

            value(customers.archive("c5"))
            server.hasCustomer("c5") shouldBe false
            failsWith(customers.retrieve("c5"), NotFoundException::class.java)
        }
    }

    test("a customer id with a space is one percent-encoded path segment") {
        withServer { server, kelviq ->
            value(kelviq.customers().create(CreateCustomerParams.builder().customerId("a b").build()))
            value(kelviq.customers().retrieve("a b")).customerId shouldBe "a b"
            server.lastRequest()!!.path shouldBe "/api/v1/customers/a%20b/"
        }
    }

    test("checkout: createSession") {
        withServer { server, kelviq ->
            val session = value(
                kelviq.checkout().createSession(
                    CreateCheckoutSessionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY)
                        .successUrl("https://example.com/ok").build(),
                ),
            )
            session.checkoutSessionId.isNotEmpty() shouldBe true
            server.checkoutSessions() shouldHaveSize 1
            server.lastRequest()!!.path shouldBe "/api/v1/checkout/"
        }
    }

    test("entitlements: hasAccess turns false at a hard limit and true again after a SET") {
        withServer { server, kelviq ->
            val entitlements = kelviq.entitlements()
            server.grant("c1", "api-calls", "METER", 3L, true)
            server.grant("c1", "sso")

            value(entitlements.hasAccess("c1", "api-calls")) shouldBe true
            server.lastRequest()!!.path shouldBe "/edge/api/v1/entitlements/"
            server.lastRequest()!!.query shouldBe "customer_id=c1&feature_id=api-calls"
            value(entitlements.getEntitlement("c1", "api-calls")).remaining shouldBe 3

            value(
                kelviq.reporting().reportUsage(
                    ReportUsageParams.builder().value(3).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.DELTA).build(),
                ),
            ).value shouldBe 3
            value(entitlements.hasAccess("c1", "api-calls")) shouldBe false
            val exhausted = value(entitlements.getEntitlement("c1", "api-calls"))
            exhausted.remaining shouldBe 0
            exhausted.hasAccess shouldBe false

            value(
                kelviq.reporting().reportUsage(
                    ReportUsageParams.builder().value(1).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build(),
                ),
            )
            value(entitlements.hasAccess("c1", "api-calls")) shouldBe true
            server.currentUsage("c1", "api-calls") shouldBe 1

            val all = value(entitlements.getAllEntitlements("c1"))
            all.entitlements.map { it.featureId } shouldContainExactlyInAnyOrder listOf("api-calls", "sso")
            all.get("api-calls")!!.remaining shouldBe 2
            server.lastRequest()!!.query shouldBe "customer_id=c1"
            StepVerifier.create(entitlements.getEntitlement("c1", "absent").subscribeOn(Schedulers.parallel())).verifyComplete()
            value(entitlements.hasAccess("c1", "absent")) shouldBe false
        }
    }

    test("reporting: an event sent twice with the same idempotency key is counted once") {
        withServer { server, kelviq ->
            server.addCustomer("c1")
            val event = kelviq.reporting().reportEvent(
                ReportEventParams.builder().customerId("c1").eventName("login").idempotencyKey("key-1").build(),
            )
            value(event).idempotencyKey shouldBe "key-1"
            value(event).idempotencyKey shouldBe "key-1" // the cold Mono reports again, with the same key
            server.requestCount(RequestMatcher.of("POST", "/api/v1/report/event/")) shouldBe 2
            server.eventCount("c1", "login") shouldBe 1
        }
    }

    test("subscriptions: create, list filtered, retrieve, update, listAll, cancel") {
        withServer { server, kelviq ->
            val subs = kelviq.subscriptions()
            server.addCustomer("c1").addCustomer("c2")
            fun create(customerId: String) = subs.create(
                CreateSubscriptionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId(customerId).build(),
            )
            val sub = value(create("c1"))
            sub.status shouldBe "active"
            value(create("c2"))
            server.addSubscription("c1", "plan-old", "MONTHLY", "past_due")

            value(subs.list(ListSubscriptionsParams.builder().customerId("c1").status("active").build())).results.map { it.id } shouldBe
                listOf(sub.id)
            server.lastRequest()!!.query shouldBe "customer_id=c1&status=active"
            value(subs.list()).count shouldBe 3
            values(subs.listAll(ListSubscriptionsParams.builder().status("active", "past_due").pageSize(1).build())) shouldHaveSize 3
            values(subs.listAll()) shouldHaveSize 3

            value(subs.retrieve(sub.id)).plan!!.identifier shouldBe "plan-pro"
            value(
                subs.update(
                    UpdateSubscriptionParams.builder().subscriptionId(sub.id).planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY).build(),
                ),
            ).subscriptionId shouldBe sub.id
            server.subscriptionPlan(sub.id) shouldBe "plan-team"

            val before = server.requestCount()
            shouldThrow<KelviqValidationException> {
                CancelSubscriptionParams.builder().subscriptionId(sub.id).cancellationType(CancellationType.SPECIFIC_DATE).build()
            }.field shouldBe "cancellationDate"
            server.requestCount() shouldBe before // refused client-side: nothing sent

            value(subs.cancel(CancelSubscriptionParams.builder().subscriptionId(sub.id).cancellationType(CancellationType.IMMEDIATE).build()))
            value(subs.retrieve(sub.id)).status shouldBe "canceled"
            failsWith(subs.retrieve("no-such-subscription"), NotFoundException::class.java)
        }
    }

    test("background reporter: 50 events enqueued from a parallel thread are all delivered by flush") {
        withServer { server, kelviq ->
            server.addCustomer("c1")
            // Built here: a generated idempotency key reads SecureRandom, which BlockHound flags on a parallel thread.
            val events = (1..50).map { ReportEventParams.builder().customerId("c1").eventName("api_call").build() }
            val enqueue = Mono.fromCallable { events.count { kelviq.reporting().enqueueEvent(it) } }
            value(enqueue) shouldBe 50 // enqueueing never blocks a non-blocking thread
            value(kelviq.reporting().flush(Duration.ofSeconds(30))) shouldBe true
            server.eventCount("c1", "api_call") shouldBe 50
            kelviq.reporting().stats().sent shouldBe 50
        }
    }

    test("with the cache on, a hasAccess after a reportUsage through the same client sees the new usage") {
        withServer({ it.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build() }) { server, kelviq ->
            server.grant("c1", "api-calls", "METER", 3L, true)
            val edge = RequestMatcher.edge()
            value(kelviq.entitlements().hasAccess("c1", "api-calls")) shouldBe true
            value(kelviq.entitlements().hasAccess("c1", "api-calls")) shouldBe true
            server.requestCount(edge) shouldBe 1 // the second check is answered by the cache
            server.lastRequest()!!.query shouldBe "customer_id=c1"

            value(
                kelviq.reporting().reportUsage(
                    ReportUsageParams.builder().value(3).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.DELTA).build(),
                ),
            )
            value(kelviq.entitlements().hasAccess("c1", "api-calls")) shouldBe false // applied to the cached snapshot at once
            server.requestCount(edge) shouldBe 1

            server.revokeAll("c1")
            kelviq.entitlements().invalidate("c1")
            StepVerifier.create(kelviq.entitlements().getEntitlement("c1", "api-calls").subscribeOn(Schedulers.parallel())).verifyComplete()
            server.requestCount(edge) shouldBe 2
            kelviq.entitlements().invalidateAll()
            value(kelviq.entitlements().getAllEntitlements("c1")).entitlements shouldHaveSize 0
            server.requestCount(edge) shouldBe 3
        }
    }
})
