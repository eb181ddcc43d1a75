package com.kelviq.sdk.coroutines

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe

/** `withOptions` views (other defaults over the same connections, cache and reporter) and `withRawResponse`. */
class ViewsAndRawResponsesTest : FunSpec({
    fun cached() = MockKelviq(MockKelviq.testConfig { entitlementCache = EntitlementCacheConfig.DEFAULT; maxRetries = 2 })

    test("a view sends its default headers and retries, a call's own options win, and the base client is unchanged") {
        cached().use { m ->
            val base = KelviqClient(m.core)
            val view = base.withOptions(RequestOptions.builder().maxRetries(0).header("X-Trace", "view").header("X-Team", "billing").build())
            m.answer(WireFixtures.CUSTOMER_JSON)
            view.customers.retrieve("c1", RequestOptions.builder().header("x-trace", "call").build())
            m.requests.last().header("X-Trace") shouldBe "call"
            m.requests.last().header("X-Team") shouldBe "billing"
            base.customers.retrieve("c1")
            m.requests.last().header("X-Trace").shouldBeNull()

            m.answer("{}", 500)
            val before = m.requests.size
            shouldThrow<InternalServerException> { view.customers.retrieve("c1") }
            m.requests.size - before shouldBe 1 // the view's maxRetries(0)
            shouldThrow<InternalServerException> { base.customers.retrieve("c1") }
            m.requests.size - before shouldBe 1 + 3 // the client's 2 retries
        }
    }

    test("a view shares the entitlement cache and closes with its client") {
        cached().use { m ->
            val base = KelviqClient(m.core)
            val view = base.withOptions(RequestOptions.timeout(java.time.Duration.ofSeconds(3)))
            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            base.entitlements.hasAccess("c1", "seats") shouldBe true
            view.entitlements.hasAccess("c1", "seats") shouldBe true
            m.requests.size shouldBe 1
            view.close()
            shouldThrow<com.kelviq.sdk.errors.KelviqClosedException> { base.customers.retrieve("c1") }
        }
    }

    test("withRawResponse gives the status, headers and request id with the value; a cache hit has no response") {
        cached().use { m ->
            val kelviq = KelviqClient(m.core)
            m.answer(WireFixtures.CUSTOMER_JSON, 200, mapOf("X-Request-Id" to "req_42"))
            val raw = kelviq.withRawResponse { customers.retrieve("c1") }
            raw.statusCode shouldBe 200
            raw.requestId shouldBe "req_42"
            raw.header("Content-Type")!!.startsWith("application/json") shouldBe true
            raw.value.customerId shouldBe "c1"

            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            kelviq.entitlements.hasAccess("c1", "seats")
            val hit = kelviq.withRawResponse { entitlements.hasAccess("c1", "seats") }
            hit.value shouldBe true
            hit.statusCode.shouldBeNull()
            hit.headers shouldBe emptyMap()
        }
    }
})
