package com.kelviq.sdk.reactor

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import java.time.Duration

/** `withOptions` and `withRawResponse` of the Reactor client. */
class ReactorViewsAndRawResponsesTest : FunSpec({
    test("a view's default header is sent; the raw response carries status and request id; a cache hit has none") {
        MockKelviq(MockKelviq.testConfig { entitlementCache = EntitlementCacheConfig.DEFAULT }).use { m ->
            val kelviq = ReactorKelviqClient.create(m.core)
            val view = kelviq.withOptions(RequestOptions.builder().header("X-Trace", "r1").build())
            m.answer(WireFixtures.CUSTOMER_JSON, 200, mapOf("X-Request-Id" to "req_7"))
            val raw = view.withRawResponse { it.customers().retrieve("c1") }.block(Duration.ofSeconds(5))!!
            raw.statusCode shouldBe 200
            raw.requestId shouldBe "req_7"
            raw.value.customerId shouldBe "c1"
            m.requests.last().header("X-Trace") shouldBe "r1"
            kelviq.customers().retrieve("c1").block(Duration.ofSeconds(5))
            m.requests.last().header("X-Trace").shouldBeNull()

            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            kelviq.entitlements().hasAccess("c1", "seats").block(Duration.ofSeconds(5)) shouldBe true
            val hit = kelviq.withRawResponse { it.entitlements().hasAccess("c1", "seats") }.block(Duration.ofSeconds(5))!!
            hit.value shouldBe true
            hit.statusCode.shouldBeNull()
        }
    }
})
