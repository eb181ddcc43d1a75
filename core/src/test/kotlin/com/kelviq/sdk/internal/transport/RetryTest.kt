@file:OptIn(kotlinx.coroutines.ExperimentalCoroutinesApi::class) // testScheduler.currentTime (experimental in coroutines 1.10)

package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.BadRequestException
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqServiceException
import com.kelviq.sdk.errors.RateLimitException
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.checkout
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.json
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.respondJson
import com.kelviq.sdk.testing.subscriptions
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch
import java.io.IOException
import java.net.ConnectException
import kotlinx.coroutines.test.runTest
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive

/** Which operations retry on which failures (API.md "Retries"), and how long they wait. */
class RetryTest : FunSpec({
    /** A mock with retries on, answering [statuses] in turn (the last repeats), then the call's success body. */
    fun retrying(maxRetries: Int = 2) = MockKelviq(MockKelviq.testConfig { maxRetries(maxRetries) })

    fun MockKelviq.answerStatuses(success: String, vararg statuses: Int, headers: Map<String, String> = mapOf("Retry-After" to "0")) {
        var i = 0
        handler = {
            val status = statuses.getOrElse(i++) { 200 }
            if (status == 200) respondJson(success) else respondJson("""{"detail":"status $status"}""", status, headers)
        }
    }

    val customer = """{"id":"u1","customerId":"c1"}"""
    val usage = """{"value":1,"customerId":"c1","featureId":"f","behaviour":"DELTA"}"""
    val session = """{"checkoutUrl":"https://c/1","checkoutSessionId":"cs"}"""
    val subscription = """{"id":"s1"}"""

    class Op(val name: String, val success: String, val call: suspend KelviqCore.() -> Any?) {
        override fun toString() = name
    }

    val idempotent = listOf(
        Op("customers.retrieve", customer) { customers.retrieve("c1") },
        Op("customers.update", customer) { customers.update(UpdateCustomerParams.builder().customerId("c1").name("n").build()) },
        Op("customers.archive", "") { customers.archive("c1") },
        Op("customers.list", """{"count":0,"results":[]}""") { customers.list() },
        Op("entitlements.hasAccess", """{"customerId":"c1","entitlements":[]}""") { entitlements.hasAccess("c1", "f") },
        Op("reporting.reportUsage SET", usage) {
            reporting.reportUsage(ReportUsageParams.builder().value(5).customerId("c1").featureId("f").behaviour(UsageBehaviour.SET).build())
        },
        Op("reporting.reportEvent", """{"customerId":"c1","eventName":"e"}""") {
            reporting.reportEvent(ReportEventParams.builder().customerId("c1").eventName("e").build())
        },
        Op("subscriptions.update", """{"subscriptionId":"s1"}""") {
            subscriptions.update(UpdateSubscriptionParams.builder().subscriptionId("s1").planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).build())
        },
        Op("subscriptions.cancel", """{"message":"ok"}""") {
            subscriptions.cancel(CancelSubscriptionParams.builder().subscriptionId("s1").cancellationType(CancellationType.IMMEDIATE).build())
        },
        Op("subscriptions.retrieve", subscription) { subscriptions.retrieve("s1") },
    )
    val nonIdempotent = listOf(
        Op("reporting.reportUsage DELTA", usage) {
            reporting.reportUsage(ReportUsageParams.builder().value(5).customerId("c1").featureId("f").behaviour(UsageBehaviour.DELTA).build())
        },
        Op("customers.create", customer) { customers.create(CreateCustomerParams.builder().customerId("c1").build()) },
        Op("checkout.createSession", session) {
            checkout.createSession(
                CreateCheckoutSessionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://x.io").build(),
            )
        },
        Op("subscriptions.create", subscription) {
            subscriptions.create(CreateSubscriptionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).customerId("c1").build())
        },
    )

    context("idempotent operations retry on 408, 429 and 5xx, then succeed") {
        withData(nameFn = { it.name }, idempotent) { op ->
            for (status in listOf(408, 429, 500, 502, 503, 504)) {
                retrying().use { m ->
                    m.answerStatuses(op.success, status, status)
                    op.call(m.core)
                    m.requests.size shouldBe 3
                    m.requests.map { it.url }.distinct().size shouldBe 1
                    m.requests.map { it.body }.distinct().size shouldBe 1
                }
            }
        }
    }

    context("operations that could charge or create twice are not retried on 5xx or 408") {
        withData(nameFn = { it.name }, nonIdempotent) { op ->
            for (status in listOf(408, 500, 502, 503, 504)) {
                retrying().use { m ->
                    m.answerStatuses(op.success, status)
                    val e = shouldThrow<KelviqServiceException> { op.call(m.core) }
                    e.statusCode shouldBe status
                    e.attempts shouldBe 1
                    m.requests.size shouldBe 1
                }
            }
        }
    }

    context("429 is retried for every operation") {
        withData(nameFn = { it.name }, idempotent + nonIdempotent) { op ->
            retrying().use { m ->
                m.answerStatuses(op.success, 429)
                op.call(m.core)
                m.requests.size shouldBe 2
            }
        }
    }

    context("other 4xx are never retried") {
        withData(400, 401, 403, 404, 409, 422) { status ->
            retrying().use { m ->
                m.answerStatuses(customer, status)
                shouldThrow<KelviqServiceException> { m.core.customers.retrieve("c1") }.statusCode shouldBe status
                m.requests.size shouldBe 1
            }
        }
    }

    test("maxRetries bounds the attempts; the exception counts them") {
        retrying(maxRetries = 2).use { m ->
            m.answerStatuses(customer, 503, 503, 503, 503)
            val e = shouldThrow<InternalServerException> { m.core.customers.retrieve("c1") }
            e.attempts shouldBe 3
            e.message!! shouldMatch Regex(".*\\(after 3 attempts\\)$")
            m.requests.size shouldBe 3
        }
        retrying(maxRetries = 2).use { m ->
            m.answerStatuses(customer, 503, 503)
            shouldThrow<InternalServerException> { m.core.customers.retrieve("c1", RequestOptions.maxRetries(0)) }
            m.requests.size shouldBe 1
        }
        MockKelviq().use { m ->
            m.answerStatuses(customer, 503)
            m.core.customers.retrieve("c1", RequestOptions.maxRetries(1))
            m.requests.size shouldBe 2
        }
    }

    test("an event keeps its generated idempotency key on every attempt") {
        retrying().use { m ->
            m.answerStatuses("""{"customerId":"c1","eventName":"e"}""", 503, 500)
            m.core.reporting.reportEvent(ReportEventParams.builder().customerId("c1").eventName("e").build())
            val keys = m.requests.map { it.json().jsonObject["idempotencyKey"]!!.jsonPrimitive.content }
            keys.size shouldBe 3
            keys.distinct().size shouldBe 1
            keys[0] shouldMatch Regex("[0-9a-f]{32}")
        }
    }

    test("a connection refused before sending is retried even for a create; other I/O failures only for safe operations") {
        retrying().use { m ->
            var i = 0
            m.handler = { if (i++ == 0) throw ConnectException("Connection refused") else respondJson(customer, 201) }
            m.core.customers.create(CreateCustomerParams.builder().customerId("c1").build()).customerId shouldBe "c1"
            m.requests.size shouldBe 2
        }
        retrying().use { m ->
            m.handler = { throw IOException("Connection reset by peer") }
            val e = shouldThrow<KelviqIoException> { m.core.customers.create(CreateCustomerParams.builder().customerId("c1").build()) }
            e.attempts shouldBe 1
            m.requests.size shouldBe 1
        }
        retrying().use { m ->
            var i = 0
            m.handler = { if (i++ < 2) throw IOException("Connection reset by peer") else respondJson(customer) }
            m.core.customers.retrieve("c1").customerId shouldBe "c1"
            m.requests.size shouldBe 3
        }
    }

    test("Retry-After in seconds is waited exactly, on the caller's (virtual) clock") {
        runTest {
            retrying().use { m ->
                m.answerStatuses(customer, 429, 503, headers = mapOf("Retry-After" to "7"))
                val before = testScheduler.currentTime
                m.core.customers.retrieve("c1")
                (testScheduler.currentTime - before) shouldBe 14_000L
                m.requests.size shouldBe 3
            }
        }
    }

    test("without Retry-After the backoff is jittered and bounded") {
        runTest {
            retrying(maxRetries = 2).use { m ->
                m.answerStatuses(customer, 503, 503, headers = emptyMap())
                val before = testScheduler.currentTime
                m.core.customers.retrieve("c1")
                val waited = testScheduler.currentTime - before
                (waited in 0L..1_500L) shouldBe true // at most 500 ms, then at most 1000 ms
                m.requests.size shouldBe 3
            }
        }
    }

    test("a Retry-After beyond 60 s is not waited for: the error is raised at once") {
        runTest {
            retrying().use { m ->
                m.answerStatuses(customer, 429, headers = mapOf("Retry-After" to "61"))
                val before = testScheduler.currentTime
                val e = shouldThrow<RateLimitException> { m.core.customers.retrieve("c1") }
                e.header("retry-after") shouldBe "61"
                testScheduler.currentTime shouldBe before
                m.requests.size shouldBe 1
            }
        }
    }

    test("a Retry-After of exactly 60 s is honoured") {
        runTest {
            retrying().use { m ->
                m.answerStatuses(customer, 429, headers = mapOf("Retry-After" to "60"))
                val before = testScheduler.currentTime
                m.core.customers.retrieve("c1")
                (testScheduler.currentTime - before) shouldBe 60_000L
            }
        }
    }

    test("a 400 is not retried even with Retry-After") {
        retrying().use { m ->
            m.answerStatuses(customer, 400, headers = mapOf("Retry-After" to "0"))
            shouldThrow<BadRequestException> { m.core.customers.retrieve("c1") }
            m.requests.size shouldBe 1
        }
    }
})
