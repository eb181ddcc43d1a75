package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.HttpEngine
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.BadRequestException
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqServiceException
import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.errors.RateLimitException
import com.kelviq.sdk.it.reliability.Rigs.CUSTOMER
import com.kelviq.sdk.it.reliability.Rigs.METER
import com.kelviq.sdk.it.reliability.Rigs.RETRIEVE
import com.kelviq.sdk.it.reliability.Rigs.USAGE
import com.kelviq.sdk.it.reliability.Rigs.delta
import com.kelviq.sdk.it.reliability.Rigs.fastCore
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.types.shouldBeInstanceOf

/**
 * Each retry rule over real HTTP against the testkit, for a repeat-safe read (`customers.retrieve`) and
 * for a `DELTA` usage report (whose repeat would count twice). The number of requests the server saw
 * proves what was retried and what was not; the meter's usage proves what was processed.
 */
class RetryFaultInjectionTest : FunSpec({
    val server = KelviqTestServer.start()
    afterSpec { server.close() }
    beforeTest {
        server.reset()
        Rigs.seed(server)
    }

    suspend fun <T> withCore(maxRetries: Int = 2, block: suspend (KelviqCore) -> T): T = fastCore(server, maxRetries).use { block(it) }

    fun usage(): Long = server.currentUsage(CUSTOMER, METER)!!

    /** `Retry-After` variants: none (backoff), `0` seconds, and an HTTP date already past (retry at once). */
    val retryAfters = listOf(
        "without Retry-After" to emptyMap(),
        "Retry-After: 0" to mapOf("Retry-After" to "0"),
        "Retry-After as a past HTTP date" to mapOf("Retry-After" to "Wed, 21 Oct 2015 07:28:00 GMT"),
    )

    data class Case(val status: Int, val label: String, val headers: Map<String, String>) {
        override fun toString() = "$status $label"
    }

    val cases = listOf(429, 500, 502, 503, 504).flatMap { s -> retryAfters.map { (label, h) -> Case(s, label, h) } }

    context("a safe read is retried on 429 and 5xx and then succeeds") {
        withData(nameFn = { it.toString() }, cases + Case(408, "without Retry-After", emptyMap())) { c ->
            server.failNext(RETRIEVE, 2, c.status, c.headers)
            withCore { it.customers.retrieve(CUSTOMER).customerId shouldBe CUSTOMER }
            server.requestCount(RETRIEVE) shouldBe 3
        }
    }

    context("a safe read gives up after maxRetries + 1 attempts, saying how many") {
        withData(nameFn = { it.toString() }, cases) { c ->
            server.failNext(RETRIEVE, 3, c.status, c.headers)
            val e = shouldThrow<KelviqServiceException> { withCore { it.customers.retrieve(CUSTOMER) } }
            e.statusCode shouldBe c.status
            e.attempts shouldBe 3
            e.message!! shouldContain "after 3 attempts"
            server.requestCount(RETRIEVE) shouldBe 3
            server.pendingFaults() shouldBe 0
        }
    }

    context("a DELTA usage report is retried on 429 only, and counted once") {
        withData(nameFn = { it.toString() }, cases) { c ->
            val before = usage()
            server.failNext(USAGE, 1, c.status, c.headers)
            if (c.status == 429) {
                withCore { it.reporting.reportUsage(delta(5)).value shouldBe 5 }
                server.requestCount(USAGE) shouldBe 2
                usage() shouldBe before + 5
            } else {
                val e = shouldThrow<InternalServerException> { withCore { it.reporting.reportUsage(delta(5)) } }
                e.statusCode shouldBe c.status
                e.attempts shouldBe 1
                server.requestCount(USAGE) shouldBe 1
                usage() shouldBe before
            }
        }
    }

    test("a DELTA report is not retried on 408") {
        server.failNext(USAGE, 1, 408)
        shouldThrow<KelviqServiceException> { withCore { it.reporting.reportUsage(delta()) } }.statusCode shouldBe 408
        server.requestCount(USAGE) shouldBe 1
    }

    test("a DELTA report still rate-limited after every retry reports the attempts") {
        server.failNext(USAGE, 5, 429, mapOf("Retry-After" to "0"))
        val e = shouldThrow<RateLimitException> { withCore { it.reporting.reportUsage(delta()) } }
        e.attempts shouldBe 3
        server.requestCount(USAGE) shouldBe 3
    }

    context("other 4xx are never retried, for the read or the DELTA report") {
        withData(400, 401, 403, 404, 409, 422) { status ->
            server.failNext(status = status, count = 2, headers = mapOf("Retry-After" to "0"))
            shouldThrow<KelviqServiceException> { withCore { it.customers.retrieve(CUSTOMER) } }.statusCode shouldBe status
            shouldThrow<KelviqServiceException> { withCore { it.reporting.reportUsage(delta()) } }.statusCode shouldBe status
            server.requestCount() shouldBe 2
        }
    }

    test("a Retry-After beyond 60 s is not waited for: the 429 is raised after one attempt") {
        server.failNext(RETRIEVE, 1, 429, mapOf("Retry-After" to "120"))
        val e = shouldThrow<RateLimitException> { withCore { it.customers.retrieve(CUSTOMER) } }
        e.header("retry-after") shouldBe "120"
        e.attempts shouldBe 1
        server.requestCount(RETRIEVE) shouldBe 1
    }

    context("dropped connections") {
        test("a safe read is retried and succeeds") {
            server.dropNext(RETRIEVE, 2)
            withCore { it.customers.retrieve(CUSTOMER).customerId shouldBe CUSTOMER }
            server.requestCount(RETRIEVE) shouldBe 3
        }
        test("a safe read dropped every time fails with KelviqIoException counting the attempts") {
            // The JDK client (default engine) resends a GET once by itself when the connection closes before any
            // response byte: each of our attempts may reach the server twice (README, "Connections").
            val sendsPerAttempt = if (Rigs.ENGINE == HttpEngine.JAVA) 2 else 1
            server.dropNext(RETRIEVE, 3 * sendsPerAttempt)
            val e = shouldThrow<KelviqIoException> { withCore { it.customers.retrieve(CUSTOMER) } }
            e.attempts shouldBe 3
            e.message!! shouldContain "after 3 attempts"
            server.requestCount(RETRIEVE) shouldBe 3 * sendsPerAttempt
        }
        test("a SET usage report is harmless to repeat: retried") {
            server.dropNext(USAGE, 1)
            withCore { it.reporting.reportUsage(Rigs.set(42)) }
            server.requestCount(USAGE) shouldBe 2
            usage() shouldBe 42
        }
        test("a DELTA report is not retried: the request had been written") {
            val before = usage()
            server.dropNext(USAGE, 1)
            val e = shouldThrow<KelviqIoException> { withCore { it.reporting.reportUsage(delta()) } }
            e.attempts shouldBe 1
            server.requestCount(USAGE) shouldBe 1
            usage() shouldBe before
        }
    }

    context("connection refused before anything was written") {
        fun refusedCore(maxRetries: Int) = fastCore(
            server.configBuilder().baseUrl("http://127.0.0.1:${Rigs.closedPort()}").maxRetries(maxRetries).build(),
        )

        test("a DELTA report IS retried: maxRetries + 1 attempts, then KelviqIoException") {
            val e = refusedCore(maxRetries = 2).use { core -> shouldThrow<KelviqIoException> { core.reporting.reportUsage(delta()) } }
            e.shouldBeInstanceOf<KelviqIoException>()
            (e is KelviqTimeoutException) shouldBe false
            e.attempts shouldBe 3
            e.message!! shouldContain "after 3 attempts"
        }
        test("so is a customer create and a safe read; maxRetries 0 makes one attempt") {
            refusedCore(maxRetries = 3).use { core ->
                shouldThrow<KelviqIoException> {
                    core.customers.create(com.kelviq.sdk.model.CreateCustomerParams.builder().customerId("new").build())
                }.attempts shouldBe 4
                shouldThrow<KelviqIoException> { core.customers.retrieve(CUSTOMER) }.attempts shouldBe 4
            }
            refusedCore(maxRetries = 0).use { core -> shouldThrow<KelviqIoException> { core.reporting.reportUsage(delta()) }.attempts shouldBe 1 }
        }
    }

    context("slow answers (the server processes at once; only the answer waits)") {
        val short = com.kelviq.sdk.RequestOptions.timeout(java.time.Duration.ofMillis(400))
        val slow = java.time.Duration.ofMillis(1_200)

        test("a safe read times out, is retried, and the next answer in time succeeds") {
            server.delayNext(RETRIEVE, 1, slow)
            withCore { it.customers.retrieve(CUSTOMER, short).customerId shouldBe CUSTOMER }
            server.requestCount(RETRIEVE) shouldBe 2
        }
        test("a safe read slow every time fails with KelviqTimeoutException after every attempt") {
            server.delayNext(RETRIEVE, 3, slow)
            val e = shouldThrow<KelviqTimeoutException> { withCore { it.customers.retrieve(CUSTOMER, short) } }
            e.attempts shouldBe 3
            server.requestCount(RETRIEVE) shouldBe 3
        }
        test("a DELTA report times out and is NOT retried: the server had already counted it") {
            val before = usage()
            server.delayNext(USAGE, 1, slow)
            val e = shouldThrow<KelviqTimeoutException> { withCore { it.reporting.reportUsage(delta(7), short) } }
            e.attempts shouldBe 1
            server.requestCount(USAGE) shouldBe 1
            withClue("processed once, which is why a retry would have double-counted") { usage() shouldBe before + 7 }
        }
    }

    test("a huge error body is quoted truncated to 1 KB in the message, the raw body kept whole") {
        val huge = """{"detail":"${"x".repeat(5_000)}"}"""
        server.failNext(RETRIEVE, 1, 400, body = huge)
        val e = shouldThrow<BadRequestException> { withCore { it.customers.retrieve(CUSTOMER) } }
        e.serverMessage.length shouldBe 1024 + "... (truncated)".length
        (e.message!!.length < 1_300) shouldBe true
        e.rawBody shouldBe huge
    }

    test("a 400 validation error from the server is neither retried nor mistaken for a network failure") {
        server.failNext(USAGE, 1, 400, body = """{"value":["A valid integer is required."]}""")
        val e = shouldThrow<BadRequestException> { withCore { it.reporting.reportUsage(delta()) } }
        e.fieldErrors shouldBe mapOf("value" to listOf("A valid integer is required."))
        server.requestCount(USAGE) shouldBe 1
    }
})
