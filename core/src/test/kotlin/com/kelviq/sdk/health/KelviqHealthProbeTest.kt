package com.kelviq.sdk.health

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.runtime.NanoClock
import com.kelviq.sdk.metrics.KelviqMetrics
import com.kelviq.sdk.testing.MockKelviq
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain
import io.micrometer.core.instrument.simple.SimpleMeterRegistry
import java.time.Clock
import java.time.Duration
import java.util.concurrent.atomic.AtomicLong

/** [KelviqHealthProbe]: what each edge answer means, and that health checks reuse one probe instead of calling each time. */
class KelviqHealthProbeTest : FunSpec({
    val now = AtomicLong(0)
    fun probe(mock: MockKelviq, cacheFor: Duration = Duration.ofSeconds(30)) =
        KelviqHealthProbe(mock.core, cacheFor, KelviqHealthProbe.PROBE_CUSTOMER_ID, NanoClock { now.get() }, Clock.systemUTC())

    test("one uncached, unretried entitlements read of the probe customer on the edge; reused for cacheFor") {
        MockKelviq(MockKelviq.testConfig { maxRetries(3) }).use { mock ->
            val registry = SimpleMeterRegistry()
            KelviqMetrics(mock.core).bindTo(registry)
            mock.answer("""{"detail":"Not found."}""", 404)
            val probe = probe(mock)
            val health = probe.check()
            health.status shouldBe KelviqHealth.Status.UP
            health.reason shouldBe KelviqHealth.Reason.OK
            health.httpStatus shouldBe 404
            mock.requests.size shouldBe 1
            mock.last.method shouldBe "GET"
            mock.last.url shouldBe "https://edge.api.kelviq.com/api/v1/entitlements/?customer_id=kelviq-sdk-health-probe"

            now.addAndGet(Duration.ofSeconds(29).toNanos())
            repeat(5) { probe.check().checkedAt shouldBe health.checkedAt }
            mock.requests.size shouldBe 1
            now.addAndGet(Duration.ofSeconds(1).toNanos())
            probe.check()
            mock.requests.size shouldBe 2
            registry.get("kelviq.client.requests").tags("operation", "health.probe").timers().sumOf { it.count() } shouldBe 2L
        }
    }

    test("the probe's customer id is configurable, and checked like every customer id") {
        MockKelviq(MockKelviq.testConfig {}).use { mock ->
            mock.answer("""{"detail":"Not found."}""", 404)
            KelviqHealthProbe(mock.core, Duration.ofSeconds(30), "acme-uptime-probe").check().status shouldBe KelviqHealth.Status.UP
            mock.last.url shouldBe "https://edge.api.kelviq.com/api/v1/entitlements/?customer_id=acme-uptime-probe"
            shouldThrow<KelviqValidationException> { KelviqHealthProbe(mock.core, Duration.ofSeconds(30), " ") }.field shouldBe "customerId"
            mock.requests.size shouldBe 1
        }
    }

    test("401 and 403 mean the key is rejected; 5xx a server error, attempted once; a closed client is down without a call") {
        for ((status, reason) in listOf(401 to KelviqHealth.Reason.KEY_REJECTED, 403 to KelviqHealth.Reason.KEY_REJECTED,
            503 to KelviqHealth.Reason.SERVER_ERROR, 429 to KelviqHealth.Reason.OK, 200 to KelviqHealth.Reason.OK)) {
            MockKelviq(MockKelviq.testConfig { maxRetries(3) }).use { mock ->
                mock.answer(if (status == 200) """{"customerId":"kelviq-sdk-health-probe","entitlements":[]}""" else "{}", status,
                    mapOf("Retry-After" to "0"))
                val health = probe(mock).check()
                health.reason shouldBe reason
                health.status shouldBe reason.status
                health.httpStatus shouldBe status
                mock.requests.size shouldBe 1
                health.toString() shouldNotContain MockKelviq.API_KEY
            }
        }
        MockKelviq().use { mock ->
            mock.core.close()
            probe(mock).check().reason shouldBe KelviqHealth.Reason.CLOSED
            mock.requests.size shouldBe 0
        }
    }

    test("no answer at all is unreachable; the reporter's counters are read at each check, not cached") {
        MockKelviq(MockKelviq.testConfig { maxRetries(0).timeout(Duration.ofMillis(200)) }).use { mock ->
            mock.hang()
            val probe = probe(mock)
            val health = probe.check()
            health.reason shouldBe KelviqHealth.Reason.UNREACHABLE
            health.error shouldBe "KelviqTimeoutException"
            health.reporter.enqueued shouldBe 0L
        }
    }
})
