package com.kelviq.sdk.internal.transport

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.longs.shouldBeInRange
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.time.Instant
import kotlin.random.Random

/** The retry decisions and waits of [RetryPolicy]. */
class RetryPolicyTest : FunSpec({
    val now = Instant.parse("2015-10-21T07:28:00Z")
    val policy = RetryPolicy(random = Random(42), now = { now })

    test("statuses retried by safety: idempotent 408, 429, 500, 502, 503, 504; the others only 429") {
        for (status in 100..599) {
            withClue("status $status") {
                policy.retriesStatus(status, RetrySafety.IDEMPOTENT) shouldBe (status in setOf(408, 429, 500, 502, 503, 504))
                policy.retriesStatus(status, RetrySafety.NON_IDEMPOTENT) shouldBe (status == 429)
            }
        }
    }

    test("network failures: not-sent always, others only when idempotent") {
        policy.retriesFailure(notSent = true, RetrySafety.NON_IDEMPOTENT) shouldBe true
        policy.retriesFailure(notSent = true, RetrySafety.IDEMPOTENT) shouldBe true
        policy.retriesFailure(notSent = false, RetrySafety.NON_IDEMPOTENT) shouldBe false
        policy.retriesFailure(notSent = false, RetrySafety.IDEMPOTENT) shouldBe true
    }

    context("Retry-After values") {
        withData(
            nameFn = { "'${it.first}'" },
            "0" to Duration.ZERO,
            "5" to Duration.ofSeconds(5),
            " 120 " to Duration.ofSeconds(120),
            "1.5" to Duration.ofMillis(1500),
            "-3" to null,
            "-0.5" to null,
            "NaN" to null,
            "Infinity" to null,
            "Wed, 21 Oct 2015 07:28:30 GMT" to Duration.ofSeconds(30),
            "Wed, 21 Oct 2015 07:27:00 GMT" to Duration.ZERO,
            "soon" to null,
            "" to null,
        ) { (value, expected) -> policy.retryAfter(value) shouldBe expected }
        test("absent") { policy.retryAfter(null) shouldBe null }
    }

    test("backoff is full jitter under an exponential ceiling capped at 8 s") {
        repeat(200) {
            policy.backoff(1).toMillis() shouldBeInRange 0L..500L
            policy.backoff(2).toMillis() shouldBeInRange 0L..1000L
            policy.backoff(3).toMillis() shouldBeInRange 0L..2000L
            policy.backoff(10).toMillis() shouldBeInRange 0L..8000L
            policy.backoff(1000).toMillis() shouldBeInRange 0L..8000L
        }
        ((1..50).map { policy.backoff(5).toMillis() }.distinct().size > 1) shouldBe true
        policy.maxRetryAfter shouldBe Duration.ofSeconds(60)
    }
})
