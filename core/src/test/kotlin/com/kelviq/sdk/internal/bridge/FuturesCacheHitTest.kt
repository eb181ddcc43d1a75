package com.kelviq.sdk.internal.bridge

import com.kelviq.sdk.testing.futures
import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import java.util.concurrent.ExecutionException
import java.util.concurrent.TimeUnit

/** The future view answers an entitlement cache hit on the calling thread, with an already completed future. */
class FuturesCacheHitTest : FunSpec({
    fun cachedMock() = MockKelviq(MockKelviq.testConfig { entitlementCache = EntitlementCacheConfig.DEFAULT })

    test("a cache hit returns a completed future without a request") {
        cachedMock().use { m ->
            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            val e = m.core.futures
            e.hasAccess("c1", "seats").get(5, TimeUnit.SECONDS) shouldBe true
            val hit = e.hasAccess("c1", "seats")
            hit.isDone shouldBe true
            hit.get() shouldBe true
            val absent = e.hasAccess("c1", "absent")
            absent.isDone shouldBe true
            absent.get() shouldBe false
            m.requests.size shouldBe 1
        }
    }

    test("an invalid featureId still fails the future, not the call, when the customer is cached") {
        cachedMock().use { m ->
            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            val e = m.core.futures
            e.hasAccess("c1", "seats").get(5, TimeUnit.SECONDS) shouldBe true
            val failed = e.hasAccess("c1", " ")
            val error = shouldThrow<ExecutionException> { failed.get(5, TimeUnit.SECONDS) }
            error.cause.shouldBeInstanceOf<KelviqValidationException>().field shouldBe "featureId"
            m.requests.size shouldBe 1
        }
    }

    test("after an invalidation the future goes to the server again") {
        cachedMock().use { m ->
            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            val e = m.core.futures
            e.hasAccess("c1", "seats").get(5, TimeUnit.SECONDS) shouldBe true
            e.invalidate("c1")
            e.hasAccess("c1", "seats").get(5, TimeUnit.SECONDS) shouldBe true
            m.requests.size shouldBe 2
        }
    }
})
