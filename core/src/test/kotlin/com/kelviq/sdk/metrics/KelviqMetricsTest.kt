package com.kelviq.sdk.metrics

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.reporting
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain
import io.micrometer.core.instrument.simple.SimpleMeterRegistry
import java.time.Duration

/** [KelviqMetrics] on a real Micrometer registry: what a dashboard reads after calls, retries, cache hits and reports. */
class KelviqMetricsTest : FunSpec({
    test("request timers by operation, status class and exception; retries; no customer id in any tag") {
        MockKelviq(MockKelviq.testConfig { maxRetries(2) }).use { mock ->
            val registry = SimpleMeterRegistry()
            KelviqMetrics(mock.core).bindTo(registry)
            mock.answer(WireFixtures.CUSTOMER_JSON)
            mock.core.customers.retrieve("secret-customer-7")
            mock.core.customers.retrieve("secret-customer-7")
            mock.answer("""{"detail":"Not found."}""", 404)
            shouldThrow<NotFoundException> { mock.core.customers.retrieve("secret-customer-7") }
            mock.answerInTurn(Triple(503, "{}", mapOf("Retry-After" to "0")), Triple(200, WireFixtures.CUSTOMER_JSON, emptyMap()))
            mock.core.customers.retrieve("c1")

            registry.get("kelviq.client.requests").tags("operation", "customers.retrieve", "status", "2xx", "exception", "none").timer()
                .count() shouldBe 3L
            registry.get("kelviq.client.requests").tags("operation", "customers.retrieve", "status", "4xx", "exception", "NotFoundException")
                .timer().count() shouldBe 1L
            registry.get("kelviq.client.retries").tags("operation", "customers.retrieve").counter().count() shouldBe 1.0
            registry.meters.flatMap { m -> m.id.tags.map { it.value } }.joinToString() shouldNotContain "secret-customer"
        }
    }

    test("cache hits and misses, cache size, and the background reporter's counters") {
        MockKelviq(MockKelviq.testConfig { entitlementCache(EntitlementCacheConfig.DEFAULT) }).use { mock ->
            val registry = SimpleMeterRegistry()
            KelviqMetrics(mock.core).bindTo(registry)
            mock.answer(WireFixtures.ENTITLEMENTS_JSON)
            repeat(3) { mock.core.entitlements.hasAccess("c1", "api-calls") }
            registry.get("kelviq.cache.requests").tags("result", "miss").functionCounter().count() shouldBe 1.0
            registry.get("kelviq.cache.requests").tags("result", "hit").functionCounter().count() shouldBe 2.0
            registry.get("kelviq.cache.size").gauge().value() shouldBe 1.0

            mock.answer(WireFixtures.reportEvent.response)
            mock.core.reporting.enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("e").build())
            mock.core.reporting.flush(Duration.ofSeconds(5)) shouldBe true
            registry.get("kelviq.reporter.reports").tags("outcome", "enqueued").functionCounter().count() shouldBe 1.0
            registry.get("kelviq.reporter.reports").tags("outcome", "sent").functionCounter().count() shouldBe 1.0
            registry.get("kelviq.reporter.queue.depth").gauge().value() shouldBe 0.0
        }
    }

    test("stale answers, evictions and the oldest snapshot's age move as the cache ages and fills") {
        val now = java.util.concurrent.atomic.AtomicLong(0)
        val cache = EntitlementCacheConfig.builder().ttl(Duration.ofSeconds(60)).maxCustomers(2).maxStaleness(Duration.ofHours(1)).build()
        MockKelviq(MockKelviq.testConfig { entitlementCache(cache) }, nanoTime = { now.get() }).use { mock ->
            val registry = SimpleMeterRegistry()
            KelviqMetrics(mock.core).bindTo(registry)
            mock.answer(WireFixtures.ENTITLEMENTS_JSON)
            mock.core.entitlements.hasAccess("c1", "api-calls")
            now.addAndGet(Duration.ofSeconds(61).toNanos())
            registry.get("kelviq.cache.snapshot.age").gauge().value() shouldBe 61.0
            mock.core.entitlements.hasAccess("c1", "api-calls") // past the TTL: answered at once, refreshed behind
            registry.get("kelviq.cache.requests").tags("result", "stale").functionCounter().count() shouldBe 1.0
            registry.get("kelviq.cache.requests").tags("result", "hit").functionCounter().count() shouldBe 0.0
            registry.get("kelviq.cache.evictions").functionCounter().count() shouldBe 0.0
            for (c in listOf("c2", "c3", "c4")) mock.core.entitlements.hasAccess(c, "api-calls")
            registry.get("kelviq.cache.evictions").functionCounter().count() shouldBe 2.0 // four customers, room for two
            registry.get("kelviq.cache.size").gauge().value() shouldBe 2.0
        }
    }

    test("a report the API refuses counts as failed; one refused at enqueue (client closed) as rejected") {
        MockKelviq().use { mock ->
            val registry = SimpleMeterRegistry()
            KelviqMetrics(mock.core).bindTo(registry)
            mock.answer("""{"customerId":["Unknown customer."]}""", 400)
            mock.core.reporting.enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("e").build())
            mock.core.reporting.flush(Duration.ofSeconds(5)) shouldBe true
            registry.get("kelviq.reporter.reports").tags("outcome", "failed").functionCounter().count() shouldBe 1.0
            registry.get("kelviq.reporter.reports").tags("outcome", "sent").functionCounter().count() shouldBe 0.0
            registry.get("kelviq.reporter.reports").tags("outcome", "rejected").functionCounter().count() shouldBe 0.0
            mock.core.close()
            mock.core.reporting.enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("e").build()) shouldBe false
            registry.get("kelviq.reporter.reports").tags("outcome", "rejected").functionCounter().count() shouldBe 1.0
        }
    }
})
