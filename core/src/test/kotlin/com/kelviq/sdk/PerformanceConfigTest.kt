package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.testing.MockKelviq
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.time.Duration

class PerformanceConfigTest : StringSpec({
    "the cache is on by default: 60 s fresh, 100 000 customers, stale up to 1 hour" {
        val config = KelviqConfig { apiKey = "sk_test_x" }
        config.entitlementCache shouldBe EntitlementCacheConfig.DEFAULT
        config.entitlementCache.enabled shouldBe true
        config.entitlementCache.ttl shouldBe Duration.ofSeconds(60)
        config.entitlementCache.maxCustomers shouldBe 100_000
        config.entitlementCache.maxStaleness shouldBe Duration.ofHours(1)
        EntitlementCacheConfig.DISABLED.enabled shouldBe false
    }

    "the reporter defaults: 10 000 queued, 4 senders, never block, 5 s to drain, logging handler" {
        val reporter = KelviqConfig { apiKey = "sk_test_x" }.reporter
        reporter.queueCapacity shouldBe 10_000
        reporter.senders shouldBe 4
        reporter.enqueueTimeout shouldBe Duration.ZERO
        reporter.closeTimeout shouldBe Duration.ofSeconds(5)
        reporter.failureHandler shouldBe ReportFailureHandler.LOGGING
    }

    "both settings travel through toBuilder and show in toString, never the key or the handler's internals" {
        val handler = ReportFailureHandler { _, _ -> }
        val config = KelviqConfig.builder().apiKey(MockKelviq.API_KEY)
            .entitlementCache(EntitlementCacheConfig.builder().ttl(Duration.ofSeconds(5)).maxCustomers(10).build())
            .reporter(ReporterConfig.builder().queueCapacity(7).senders(2).failureHandler(handler).build())
            .build()
        val copy = config.toBuilder().build()
        copy.entitlementCache shouldBe config.entitlementCache
        copy.reporter.queueCapacity shouldBe 7
        copy.reporter.failureHandler shouldBe handler
        config.toString() shouldContain "entitlementCache=EntitlementCacheConfig(enabled=true, ttl=PT5S, maxCustomers=10"
        config.toString() shouldContain "reporter=ReporterConfig(queueCapacity=7, senders=2"
        config.toString() shouldContain "failureHandler=custom"
        config.toString() shouldNotContain MockKelviq.API_KEY
    }

    "the DSL builds both" {
        val config = KelviqConfig {
            apiKey = "sk_test_x"
            entitlementCache = EntitlementCacheConfig { enabled = false }
            reporter = ReporterConfig { closeTimeout = Duration.ofSeconds(1) }
        }
        config.entitlementCache.enabled shouldBe false
        config.reporter.closeTimeout shouldBe Duration.ofSeconds(1)
    }

    "invalid settings are refused, naming the field" {
        shouldThrow<KelviqValidationException> { EntitlementCacheConfig { ttl = Duration.ZERO } }.field shouldBe "entitlementCache.ttl"
        shouldThrow<KelviqValidationException> { EntitlementCacheConfig { maxCustomers = 0 } }.field shouldBe "entitlementCache.maxCustomers"
        shouldThrow<KelviqValidationException> { EntitlementCacheConfig { maxStaleness = Duration.ofSeconds(-1) } }.field shouldBe
            "entitlementCache.maxStaleness"
        shouldThrow<KelviqValidationException> { ReporterConfig { queueCapacity = 0 } }.field shouldBe "reporter.queueCapacity"
        shouldThrow<KelviqValidationException> { ReporterConfig { senders = 0 } }.field shouldBe "reporter.senders"
        shouldThrow<KelviqValidationException> { ReporterConfig { enqueueTimeout = Duration.ofMillis(-1) } }.field shouldBe "reporter.enqueueTimeout"
        shouldThrow<KelviqValidationException> { ReporterConfig { closeTimeout = Duration.ofMillis(-1) } }.field shouldBe "reporter.closeTimeout"
    }
})
