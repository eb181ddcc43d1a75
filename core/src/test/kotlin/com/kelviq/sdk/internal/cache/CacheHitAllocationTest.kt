package com.kelviq.sdk.internal.cache

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.entitlements
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import java.lang.management.ManagementFactory

class CacheHitAllocationTest : StringSpec({
    "a cached hasAccess allocates nothing per call" {
        val mx = ManagementFactory.getThreadMXBean() as com.sun.management.ThreadMXBean
        MockKelviq(MockKelviq.testConfig { entitlementCache = EntitlementCacheConfig.DEFAULT }).use { mock ->
            mock.answer(WireFixtures.ENTITLEMENTS_JSON)
            val e = mock.core.entitlements
            e.hasAccess("c1", "seats") shouldBe true
            var granted = 0
            repeat(20_000) { if (e.hasAccess("c1", "seats")) granted++ } // warm-up
            val thread = Thread.currentThread().id
            val before = mx.getThreadAllocatedBytes(thread)
            repeat(100_000) { if (e.hasAccess("c1", if (it % 2 == 0) "seats" else "absent")) granted++ }
            val allocated = mx.getThreadAllocatedBytes(thread) - before
            granted shouldBe 20_000 + 50_000
            allocated shouldBeLessThan 100_000L // well under one byte per call
            mock.requests.size shouldBe 1
        }
    }
})
