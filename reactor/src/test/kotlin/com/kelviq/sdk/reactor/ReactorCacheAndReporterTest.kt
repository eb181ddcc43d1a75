package com.kelviq.sdk.reactor

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import reactor.core.scheduler.Schedulers
import reactor.test.StepVerifier
import java.time.Duration

/** The entitlement cache controls and the background reporter, through the Reactor flavour. */
class ReactorCacheAndReporterTest : FunSpec({
    BlockHoundSupport.install() // every spec runs under BlockHound, whatever the order
    val f = WireFixtures

    /** The entitlement cache is on by default. */
    fun cachedConfig(): KelviqConfig = KelviqConfig.builder().apiKey(MockKelviq.API_KEY).maxRetries(0).build()

    test("a second hasAccess for the same customer sends no request; invalidate forces one") {
        MockKelviq(cachedConfig()).use { mock ->
            val kelviq = ReactorKelviqClient.create(mock.core)
            f.getAllEntitlements.answerOn(mock)

            StepVerifier.create(kelviq.entitlements().hasAccess("c1", "seats")).expectNext(true).verifyComplete()
            StepVerifier.create(kelviq.entitlements().hasAccess("c1", "seats")).expectNext(true).verifyComplete()
            StepVerifier.create(kelviq.entitlements().hasAccess("c1", "absent")).expectNext(false).verifyComplete()
            mock.requests shouldHaveSize 1
            mock.last.url shouldBe "${f.EDGE}/entitlements/?customer_id=c1"

            kelviq.entitlements().invalidate("c1")
            StepVerifier.create(kelviq.entitlements().hasAccess("c1", "seats")).expectNext(true).verifyComplete()
            mock.requests shouldHaveSize 2

            kelviq.entitlements().invalidateAll()
            StepVerifier.create(kelviq.entitlements().getAllEntitlements("c1")).expectNextCount(1).verifyComplete()
            mock.requests shouldHaveSize 3
        }
    }

    test("hasAccess asks the cache at subscription, not at assembly") {
        MockKelviq(cachedConfig()).use { mock ->
            val kelviq = ReactorKelviqClient.create(mock.core)
            f.getAllEntitlements.answerOn(mock)
            val first = kelviq.entitlements().hasAccess("c1", "seats")
            mock.requests shouldHaveSize 0 // nothing before subscription, not even a cache load
            StepVerifier.create(first).expectNext(true).verifyComplete()
            mock.requests shouldHaveSize 1

            // Assembled while the cache holds c1 (a hit, were it evaluated now) ...
            val assembledWhileCached = kelviq.entitlements().hasAccess("c1", "seats")
            kelviq.entitlements().invalidate("c1")
            mock.answer("""{"customerId":"c1","entitlements":[]}""")
            // ... it still asks at subscription: the snapshot is gone, so it loads the new one.
            StepVerifier.create(assembledWhileCached).expectNext(false).verifyComplete()
            mock.requests shouldHaveSize 2
            // Each subscription asks again: now a hit.
            StepVerifier.create(assembledWhileCached).expectNext(false).verifyComplete()
            mock.requests shouldHaveSize 2
        }
    }

    test("a cached hasAccess and flush complete on Schedulers.parallel() under BlockHound") {
        MockKelviq(cachedConfig()).use { mock ->
            val kelviq = ReactorKelviqClient.create(mock.core)
            f.getAllEntitlements.answerOn(mock)
            repeat(2) {
                StepVerifier.create(kelviq.entitlements().hasAccess("c1", "sso").subscribeOn(Schedulers.parallel()))
                    .expectNext(true).verifyComplete()
            }
            mock.requests shouldHaveSize 1
            f.reportEvent.answerOn(mock)
            kelviq.reporting().enqueueEvent(f.reportEvent.input) shouldBe true
            StepVerifier.create(kelviq.reporting().flush(Duration.ofSeconds(10)).subscribeOn(Schedulers.parallel()))
                .expectNext(true).verifyComplete()
            mock.requests shouldHaveSize 2
        }
    }

    test("enqueueEvent x3 then flush sends 3 requests; stats counts them") {
        MockKelviq(cachedConfig()).use { mock ->
            val kelviq = ReactorKelviqClient.create(mock.core)
            f.reportEvent.answerOn(mock)

            repeat(3) {
                kelviq.reporting().enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("api_call").build()) shouldBe true
            }
            val flush = kelviq.reporting().flush(Duration.ofSeconds(10))
            StepVerifier.create(flush).expectNext(true).verifyComplete()

            mock.requests shouldHaveSize 3
            mock.requests.forEach { it.url shouldBe "${f.API}/report/event/" }
            val stats = kelviq.reporting().stats()
            stats.enqueued shouldBe 3
            stats.sent shouldBe 3
            stats.failed shouldBe 0
            stats.queueDepth shouldBe 0
        }
    }

    test("enqueueUsage sends the request of reportUsage") {
        MockKelviq(cachedConfig()).use { mock ->
            val kelviq = ReactorKelviqClient.create(mock.core)
            f.reportUsage.answerOn(mock)
            kelviq.reporting().enqueueUsage(f.reportUsage.input) shouldBe true
            StepVerifier.create(kelviq.reporting().flush(Duration.ofSeconds(10))).expectNext(true).verifyComplete()
            mock.requests shouldHaveSize 1
            f.reportUsage.assertSent(mock.last)
            kelviq.reporting().stats().sent shouldBe 1
        }
    }
})
