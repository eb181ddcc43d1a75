package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.reporting
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.time.Duration

/** Every duration and count setting has a documented range, checked at build(): the largest allowed works end to end. */
class BoundsTest : FunSpec({
    val key = "sk_test_bounds"
    val huge = Duration.ofSeconds(Long.MAX_VALUE)

    data class Refusal(val field: String, val build: () -> Any) {
        override fun toString() = field
    }

    context("a value above its maximum (or an enormous one) is refused naming the setting") {
        withData(
            Refusal("timeout") { KelviqConfig.builder().apiKey(key).timeout(Duration.ofHours(25)).build() },
            Refusal("connectTimeout") { KelviqConfig.builder().apiKey(key).connectTimeout(huge).build() },
            Refusal("callTimeout") { KelviqConfig.builder().apiKey(key).callTimeout(huge).build() },
            Refusal("maxRetries") { KelviqConfig.builder().apiKey(key).maxRetries(11).build() },
            Refusal("reporter.queueCapacity") { ReporterConfig.builder().queueCapacity(Int.MAX_VALUE).build() },
            Refusal("reporter.senders") { ReporterConfig.builder().senders(257).build() },
            Refusal("reporter.enqueueTimeout") { ReporterConfig.builder().enqueueTimeout(huge).build() },
            Refusal("reporter.closeTimeout") { ReporterConfig.builder().closeTimeout(Duration.ofHours(2)).build() },
            Refusal("entitlementCache.ttl") { EntitlementCacheConfig.builder().ttl(huge).build() },
            Refusal("entitlementCache.maxStaleness") { EntitlementCacheConfig.builder().maxStaleness(huge).build() },
            Refusal("entitlementCache.maxCustomers") { EntitlementCacheConfig.builder().maxCustomers(Int.MAX_VALUE).build() },
            Refusal("connection.idleConnectionTimeout") { ConnectionConfig.builder().idleConnectionTimeout(huge).build() },
        ) { r ->
            val e = shouldThrow<KelviqValidationException> { r.build() }
            e.field shouldBe r.field
            e.reason shouldContain "at most"
        }
        test("per-call options too") {
            shouldThrow<KelviqValidationException> { RequestOptions.builder().timeout(huge).build() }.field shouldBe "timeout"
            shouldThrow<KelviqValidationException> { RequestOptions.builder().maxRetries(Int.MAX_VALUE).build() }.field shouldBe "maxRetries"
        }
    }

    test("every setting at its maximum: calls and reports work, close() returns at once and throws nothing") {
        val config = MockKelviq.testConfig {
            timeout(Duration.ofHours(24)).connectTimeout(Duration.ofHours(24)).callTimeout(Duration.ofHours(24)).maxRetries(10)
            entitlementCache(EntitlementCacheConfig.builder().ttl(Duration.ofDays(7)).maxStaleness(Duration.ofDays(30)).maxCustomers(10_000_000).build())
            reporter(ReporterConfig.builder().queueCapacity(10_000_000).senders(256).enqueueTimeout(Duration.ofHours(1))
                .closeTimeout(Duration.ofHours(1)).build())
        }
        MockKelviq(config).use { mock ->
            mock.answer(WireFixtures.CUSTOMER_JSON)
            mock.core.customers.retrieve("c1", RequestOptions.builder().timeout(Duration.ofHours(24)).maxRetries(10).build())
            mock.answer(WireFixtures.reportEvent.response)
            mock.core.reporting.enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("e").build()) shouldBe true
            mock.core.reporting.flush(Duration.ofSeconds(10)) shouldBe true
            val started = System.nanoTime()
            mock.core.close()
            ((System.nanoTime() - started) / 1_000_000 < 5_000) shouldBe true
            mock.core.isClosed shouldBe true
        }
    }
})
