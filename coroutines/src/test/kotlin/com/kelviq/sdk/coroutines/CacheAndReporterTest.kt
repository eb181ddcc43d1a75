package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.time.Instant

/** The entitlement cache controls and the background reporter, through the coroutines flavour. */
class CacheAndReporterTest : FunSpec({
    val f = WireFixtures

    /** The entitlement cache is on by default. */
    fun cachedConfig(): KelviqConfig = KelviqConfig.builder().apiKey(MockKelviq.API_KEY).maxRetries(0).build()

    test("a second hasAccess for the same customer sends no request; invalidate forces one") {
        MockKelviq(cachedConfig()).use { mock ->
            val kelviq = KelviqClient(mock.core)
            f.getAllEntitlements.answerOn(mock)

            kelviq.entitlements.hasAccess("c1", "seats") shouldBe true
            kelviq.entitlements.hasAccess("c1", "seats") shouldBe true
            kelviq.entitlements.hasAccess("c1", "absent") shouldBe false
            mock.requests shouldHaveSize 1
            mock.last.url shouldBe "${f.EDGE}/entitlements/?customer_id=c1"

            kelviq.entitlements.invalidate("c1")
            kelviq.entitlements.hasAccess("c1", "seats") shouldBe true
            mock.requests shouldHaveSize 2

            kelviq.entitlements.invalidateAll()
            kelviq.entitlements.getAllEntitlements("c1").customerId shouldBe "c1"
            mock.requests shouldHaveSize 3
        }
    }

    test("invalidate and invalidateAll are no-ops when the cache is off") {
        MockKelviq().use { mock ->
            val kelviq = KelviqClient(mock.core)
            f.hasAccess.answerOn(mock)
            kelviq.entitlements.invalidate("c1")
            kelviq.entitlements.invalidateAll()
            kelviq.entitlements.hasAccess("c1", "seats") shouldBe true
            kelviq.entitlements.hasAccess("c1", "seats") shouldBe true
            mock.requests shouldHaveSize 2
        }
    }

    test("enqueueEvent x3 then flush sends 3 requests; stats counts them") {
        MockKelviq(cachedConfig()).use { mock ->
            val kelviq = KelviqClient(mock.core)
            f.reportEvent.answerOn(mock)

            repeat(3) {
                kelviq.reporting.enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("api_call").build()) shouldBe true
            }
            kelviq.reporting.flush(Duration.ofSeconds(10)) shouldBe true

            mock.requests shouldHaveSize 3
            mock.requests.forEach { it.url shouldBe "${f.API}/report/event/" }
            val stats = kelviq.reporting.stats()
            stats.enqueued shouldBe 3
            stats.sent shouldBe 3
            stats.failed shouldBe 0
            stats.queueDepth shouldBe 0
        }
    }

    test("the named-argument enqueueEvent sends exactly the request of the params object") {
        MockKelviq(cachedConfig()).use { mock ->
            val kelviq = KelviqClient(mock.core)
            f.reportEvent.answerOn(mock)
            kelviq.reporting.enqueueEvent(
                customerId = "c1",
                eventName = "api_call",
                idempotencyKey = "0123456789abcdef0123456789abcdef",
                timestamp = Instant.parse("2025-05-23T10:30:00.123456Z"),
                properties = mapOf("endpoint" to "/search", "ms" to 42, "ok" to true),
            ) shouldBe true
            kelviq.reporting.flush(Duration.ofSeconds(10)) shouldBe true
            mock.requests shouldHaveSize 1
            f.reportEvent.assertSent(mock.last)
        }
    }

    test("enqueueUsage, by params and by named arguments, sends the request of reportUsage") {
        MockKelviq(cachedConfig()).use { mock ->
            val kelviq = KelviqClient(mock.core)
            f.reportUsage.answerOn(mock)
            kelviq.reporting.enqueueUsage(f.reportUsage.input) shouldBe true
            kelviq.reporting.flush(Duration.ofSeconds(10)) shouldBe true
            f.reportUsage.assertSent(mock.last)
            kelviq.reporting.enqueueUsage(value = 150, customerId = "c1", featureId = "api-calls", behaviour = UsageBehaviour.SET) shouldBe true
            kelviq.reporting.flush(Duration.ofSeconds(10)) shouldBe true
            f.reportUsage.assertSent(mock.last)
            mock.requests shouldHaveSize 2
            kelviq.reporting.stats().sent shouldBe 2
        }
    }
})
