package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.blocking.KelviqBlockingClient
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.it.reliability.Rigs.CUSTOMER
import com.kelviq.sdk.it.reliability.Rigs.EVENT
import com.kelviq.sdk.it.reliability.Rigs.METER
import com.kelviq.sdk.it.reliability.Rigs.RETRIEVE
import com.kelviq.sdk.it.reliability.Rigs.USAGE
import com.kelviq.sdk.it.reliability.Rigs.delta
import com.kelviq.sdk.it.reliability.Rigs.fastCore
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeLessThanOrEqual
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.time.Duration

/**
 * Events keep one idempotency key across retries (the server counts them once), per-call options
 * override the client's, the whole call is bounded by `callTimeout`, and the blocking Java flavour
 * retries exactly as core does (it is the same transport).
 */
class EventsAndOptionsTest : FunSpec({
    val server = KelviqTestServer.start()
    afterSpec { server.close() }
    beforeTest {
        server.reset()
        Rigs.seed(server)
    }

    fun event(): ReportEventParams = ReportEventParams.builder().customerId(CUSTOMER).eventName("search").properties(mapOf("q" to "x")).build()

    fun keysSent(): List<String> =
        server.requests(EVENT).map { Json.parseToJsonElement(it.body).jsonObject["idempotencyKey"]!!.jsonPrimitive.content }

    context("a retried event carries the same idempotency key on every attempt and is counted once") {
        test("after 503s") {
            server.failNext(EVENT, 2, 503, mapOf("Retry-After" to "0"))
            fastCore(server).use { it.reporting.reportEvent(event()) }
            val keys = keysSent()
            keys.size shouldBe 3
            keys.toSet().size shouldBe 1
            keys[0] shouldMatch Regex("[0-9a-f]{32}")
            server.eventCount(CUSTOMER, "search") shouldBe 1
        }
        test("after a dropped connection") {
            server.dropNext(EVENT, 1)
            fastCore(server).use { it.reporting.reportEvent(event()) }
            keysSent().let { it.size shouldBe 2; it.toSet().size shouldBe 1 }
            server.eventCount(CUSTOMER, "search") shouldBe 1
        }
        test("after a timeout whose request the server HAD processed: the repeat is de-duplicated") {
            server.delayNext(EVENT, 1, Duration.ofMillis(1_200))
            fastCore(server).use { it.reporting.reportEvent(event(), RequestOptions.timeout(Duration.ofMillis(400))) }
            keysSent().let { it.size shouldBe 2; it.toSet().size shouldBe 1 }
            server.eventCount(CUSTOMER, "search") shouldBe 1
        }
        test("a caller-given key is sent unchanged on every attempt") {
            server.failNext(EVENT, 2, 500)
            val key = "0123456789abcdef0123456789abcdef"
            fastCore(server).use { it.reporting.reportEvent(ReportEventParams.builder().customerId(CUSTOMER).eventName("e2").idempotencyKey(key).build()) }
            keysSent() shouldBe listOf(key, key, key)
            server.eventCount(CUSTOMER, "e2") shouldBe 1
        }
    }

    context("per-call options override the client's") {
        test("maxRetries: the client's 0 raised to 2 for one call, and the client's 2 lowered to 0") {
            server.failNext(RETRIEVE, 2, 503)
            fastCore(server, maxRetries = 0).use { it.customers.retrieve(CUSTOMER, RequestOptions.maxRetries(2)) }
            server.requestCount(RETRIEVE) shouldBe 3

            server.clearRequests()
            server.failNext(RETRIEVE, 2, 503)
            fastCore(server, maxRetries = 2).use {
                shouldThrow<InternalServerException> { it.customers.retrieve(CUSTOMER, RequestOptions.maxRetries(0)) }.attempts shouldBe 1
            }
            server.requestCount(RETRIEVE) shouldBe 1
        }
        test("timeout: a per-call timeout shorter than the client's cuts a slow answer; a longer one waits it out") {
            server.delayNext(RETRIEVE, 1, Duration.ofMillis(600))
            fastCore(server, maxRetries = 0).use {
                shouldThrow<KelviqTimeoutException> { it.customers.retrieve(CUSTOMER, RequestOptions.timeout(Duration.ofMillis(200))) }
            }
            server.delayNext(RETRIEVE, 1, Duration.ofMillis(400))
            fastCore(server, maxRetries = 0) { timeout(Duration.ofMillis(150)) }.use {
                it.customers.retrieve(CUSTOMER, RequestOptions.timeout(Duration.ofSeconds(5))).customerId shouldBe CUSTOMER
            }
            server.requestCount(RETRIEVE) shouldBe 2
        }
    }

    test("callTimeout bounds the whole call, retries included") {
        server.delayNext(RETRIEVE, 50, Duration.ofMillis(1_000))
        val e = fastCore(server, maxRetries = 10) { timeout(Duration.ofMillis(200)).callTimeout(Duration.ofMillis(700)) }.use {
            shouldThrow<KelviqTimeoutException> { it.customers.retrieve(CUSTOMER) }
        }
        // Unbounded, 11 attempts of 200 ms would be made; the 700 ms budget leaves room for about four.
        server.requestCount(RETRIEVE) shouldBeLessThanOrEqual 5
        e.attempts shouldBeLessThanOrEqual 5
        server.clearFaults()
    }

    context("the blocking Java flavour retries exactly as core") {
        test("a safe read through KelviqBlockingClient is retried; a DELTA report is not") {
            KelviqBlockingClient.create(fastCore(server)).use { client ->
                server.failNext(RETRIEVE, 2, 502)
                client.customers().retrieve(CUSTOMER).customerId shouldBe CUSTOMER
                server.requestCount(RETRIEVE) shouldBe 3

                val before = server.currentUsage(CUSTOMER, METER)!!
                server.failNext(USAGE, 1, 502)
                shouldThrow<InternalServerException> { client.reporting().reportUsage(delta(3)) }.attempts shouldBe 1
                server.requestCount(USAGE) shouldBe 1
                server.currentUsage(CUSTOMER, METER) shouldBe before
            }
        }
    }
})
