@file:OptIn(kotlinx.coroutines.ExperimentalCoroutinesApi::class)

package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.RateLimitException
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.respondJson
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeInRange
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.client.engine.mock.MockEngine
import io.ktor.client.engine.mock.MockRequestHandleScope
import io.ktor.client.request.HttpRequestData
import io.ktor.client.request.HttpResponseData
import java.net.ConnectException
import java.time.Instant
import java.util.concurrent.CopyOnWriteArrayList
import kotlin.random.Random
import kotlinx.coroutines.test.TestScope
import kotlinx.coroutines.test.runTest

/**
 * The waits between attempts as the transport really does them, measured on the virtual clock of
 * kotlinx-coroutines-test (no sleeping): full jitter in `[0, min(8 s, 0.5 s * 2^(retry-1))]`, and
 * `Retry-After` (seconds or HTTP date read against an injected clock) replacing it, capped at 60 s.
 */
class BackoffTimingTest : FunSpec({
    val customer = """{"id":"u1","customerId":"c1"}"""

    /** Always draws the top of the range it is given, and records each range's ceiling. */
    class CeilingRandom : Random() {
        val ceilings = CopyOnWriteArrayList<Long>()
        override fun nextBits(bitCount: Int): Int = 0
        override fun nextLong(until: Long): Long = (until - 1).also { ceilings += it }
    }

    /** Always draws 0: full jitter may retry at once. */
    class ZeroRandom : Random() {
        override fun nextBits(bitCount: Int): Int = 0
        override fun nextLong(until: Long): Long = 0
    }

    /** A core over MockEngine with [policy]; [answer] serves request number `n` (from 0). Records each request's virtual time. */
    class Rig(
        scope: TestScope,
        policy: RetryPolicy,
        maxRetries: Int,
        answer: suspend MockRequestHandleScope.(Int, HttpRequestData) -> HttpResponseData,
    ) : AutoCloseable {
        val times = CopyOnWriteArrayList<Long>()
        private val config = MockKelviq.testConfig { maxRetries(maxRetries) }
        private val engine = MockEngine { request ->
            val n = times.size
            times += scope.testScheduler.currentTime
            answer(n, request)
        }
        val core = KelviqCore(config, KelviqTransport(config, engine, policy))
        val gaps: List<Long> get() = times.zipWithNext { a, b -> b - a }
        override fun close() = core.close()
    }

    test("without Retry-After each wait is drawn from [0, 500 ms * 2^(retry-1)], capped at 8 s") {
        runTest {
            val random = CeilingRandom()
            Rig(this, RetryPolicy(random = random), maxRetries = 6, answer = { n, _ ->
                if (n < 6) respondJson("""{"detail":"busy"}""", 503) else respondJson(customer)
            }).use { rig ->
                rig.core.customers.retrieve("c1").customerId shouldBe "c1"
                random.ceilings shouldBe listOf(500L, 1000L, 2000L, 4000L, 8000L, 8000L)
                rig.gaps shouldBe listOf(500L, 1000L, 2000L, 4000L, 8000L, 8000L)
            }
        }
    }

    test("full jitter reaches down to no wait at all") {
        runTest {
            Rig(this, RetryPolicy(random = ZeroRandom()), maxRetries = 3, answer = { n, _ ->
                if (n < 3) respondJson("{}", 502) else respondJson(customer)
            }).use { rig ->
                rig.core.customers.retrieve("c1")
                rig.gaps shouldBe listOf(0L, 0L, 0L)
            }
        }
    }

    test("with a seeded random every wait lies within its retry's bound") {
        runTest {
            Rig(this, RetryPolicy(random = Random(7)), maxRetries = 8, answer = { n, _ ->
                if (n < 8) respondJson("{}", 500) else respondJson(customer)
            }).use { rig ->
                rig.core.customers.retrieve("c1")
                val bounds = listOf(500L, 1000L, 2000L, 4000L, 8000L, 8000L, 8000L, 8000L)
                rig.gaps.size shouldBe bounds.size
                rig.gaps.zip(bounds).forEachIndexed { i, (gap, bound) -> withClue("retry ${i + 1}") { gap shouldBeInRange 0L..bound } }
            }
        }
    }

    test("a connection failure before sending waits the same backoff, even for a create") {
        runTest {
            Rig(this, RetryPolicy(random = CeilingRandom()), maxRetries = 2, answer = { n, _ ->
                if (n < 2) throw ConnectException("Connection refused") else respondJson(customer, 201)
            }).use { rig ->
                rig.core.customers.create(CreateCustomerParams.builder().customerId("c1").build())
                rig.gaps shouldBe listOf(500L, 1000L)
            }
        }
    }

    test("the last failure reports every attempt after the full backoff sequence") {
        runTest {
            Rig(this, RetryPolicy(random = CeilingRandom()), maxRetries = 3, answer = { _, _ ->
                throw ConnectException("Connection refused")
            }).use { rig ->
                val e = shouldThrow<KelviqIoException> { rig.core.customers.retrieve("c1") }
                e.attempts shouldBe 4
                rig.gaps shouldBe listOf(500L, 1000L, 2000L)
                testScheduler.currentTime shouldBe 3500L
            }
        }
    }

    context("Retry-After as an HTTP date, read against an injected clock") {
        val now = Instant.parse("2015-10-21T07:28:00Z")

        test("30 s ahead: waited exactly, instead of the (shorter) backoff") {
            runTest {
                Rig(this, RetryPolicy(random = CeilingRandom(), now = { now }), maxRetries = 2, answer = { n, _ ->
                    if (n == 0) respondJson("{}", 429, mapOf("Retry-After" to "Wed, 21 Oct 2015 07:28:30 GMT")) else respondJson(customer)
                }).use { rig ->
                    rig.core.customers.retrieve("c1")
                    rig.gaps shouldBe listOf(30_000L)
                }
            }
        }

        test("in the past: retried at once") {
            runTest {
                Rig(this, RetryPolicy(random = CeilingRandom(), now = { now }), maxRetries = 2, answer = { n, _ ->
                    if (n == 0) respondJson("{}", 503, mapOf("Retry-After" to "Wed, 21 Oct 2015 07:00:00 GMT")) else respondJson(customer)
                }).use { rig ->
                    rig.core.customers.retrieve("c1")
                    rig.gaps shouldBe listOf(0L)
                }
            }
        }

        test("61 s ahead: beyond the 60 s cap, so not waited; the 429 is raised at once") {
            runTest {
                Rig(this, RetryPolicy(random = CeilingRandom(), now = { now }), maxRetries = 2, answer = { _, _ ->
                    respondJson("{}", 429, mapOf("Retry-After" to "Wed, 21 Oct 2015 07:29:01 GMT"))
                }).use { rig ->
                    val e = shouldThrow<RateLimitException> { rig.core.customers.retrieve("c1") }
                    e.attempts shouldBe 1
                    e.message!! shouldContain "not retried: the server asked to wait 61 s (Retry-After), longer than the 60 s the SDK waits"
                    rig.times.size shouldBe 1
                    testScheduler.currentTime shouldBe 0L
                }
            }
        }
    }

    test("Retry-After in seconds longer than the backoff is never cut short; fractional seconds are kept") {
        runTest {
            Rig(this, RetryPolicy(random = CeilingRandom()), maxRetries = 3, answer = { n, _ ->
                when (n) {
                    0 -> respondJson("{}", 503, mapOf("Retry-After" to "3"))
                    1 -> respondJson("{}", 429, mapOf("Retry-After" to "0.25"))
                    2 -> respondJson("{}", 503, mapOf("Retry-After" to "not a number")) // unreadable: the backoff applies
                    else -> respondJson(customer)
                }
            }).use { rig ->
                rig.core.customers.retrieve("c1")
                rig.gaps shouldBe listOf(3_000L, 250L, 2_000L)
            }
        }
    }
})
