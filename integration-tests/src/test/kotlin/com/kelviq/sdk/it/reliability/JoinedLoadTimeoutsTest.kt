package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import java.time.Duration

/**
 * Every caller's timeout is its own, also when it joins the cache's shared load of a customer that another caller
 * started: 50 callers with mixed timeouts on one slow, cold customer each return or fail within their own timeout.
 */
class JoinedLoadTimeoutsTest : FunSpec({
    test("50 callers with timeouts from 200 ms to 2.5 s on a customer whose entitlements take 1 s: each within its own timeout + 200 ms") {
        KelviqTestServer.start().use { server ->
            Rigs.seed(server)
            server.delayNext(RequestMatcher.pathPrefix("/edge/"), 1, Duration.ofMillis(1_000))
            Rigs.fastCore(server, maxRetries = 0) { entitlementCache(EntitlementCacheConfig.DEFAULT).timeout(Duration.ofSeconds(5)) }.use { core ->
                // The first caller, who starts the load, may wait 3 s; the 49 who join it have 200 ms to 2.5 s each.
                val timeouts = List(50) { i -> if (i == 0) 3_000L else 200L + (i * 47L) % 2_300 }
                val outcomes = coroutineScope {
                    timeouts.mapIndexed { i, millis ->
                        async(Dispatchers.Default) {
                            if (i > 0) delay(20) // the first caller starts the load; the others join it
                            val started = System.nanoTime()
                            val result = runCatching {
                                core.entitlements.hasAccess(Rigs.CUSTOMER, Rigs.METER, RequestOptions.timeout(Duration.ofMillis(millis)))
                            }
                            Triple(millis, (System.nanoTime() - started) / 1_000_000, result)
                        }
                    }.awaitAll()
                }
                for ((millis, took, result) in outcomes) {
                    withClue("a caller with timeout $millis ms took $took ms: $result") {
                        (took <= millis + 200) shouldBe true
                        if (result.isFailure) result.exceptionOrNull().shouldBeInstanceOf<KelviqTimeoutException>()
                        if (millis >= 1_800) result.isSuccess shouldBe true // the load answers after ~1 s
                        if (millis < 800) result.isFailure shouldBe true // they cannot wait for it
                    }
                }
                server.requestCount(RequestMatcher.pathPrefix("/edge/")) shouldBe 1 // one shared load, not one per caller
            }
        }
    }

    test("a stale snapshot whose background refresh hangs: served at once; a caller that must wait for that refresh stops at its own timeout") {
        KelviqTestServer.start().use { server ->
            Rigs.seed(server)
            val cache = EntitlementCacheConfig.builder().ttl(Duration.ofMillis(300)).build()
            Rigs.fastCore(server, maxRetries = 0) { entitlementCache(cache).timeout(Duration.ofSeconds(30)) }.use { core ->
                core.entitlements.hasAccess(Rigs.CUSTOMER, Rigs.METER) shouldBe true
                delay(400) // past the TTL: stale from now on
                server.delayNext(RequestMatcher.pathPrefix("/edge/"), 1, Duration.ofSeconds(10)) // the refresh hangs
                val oneSecond = RequestOptions.timeout(Duration.ofSeconds(1))
                repeat(3) {
                    val started = System.nanoTime()
                    core.entitlements.hasAccess(Rigs.CUSTOMER, Rigs.METER, oneSecond) shouldBe true
                    withClue("a stale read") { ((System.nanoTime() - started) / 1_000_000 < 200) shouldBe true }
                }
                // Invalidated, the snapshot is only a fallback: the next caller joins the hanging refresh.
                core.entitlements.invalidate(Rigs.CUSTOMER)
                val started = System.nanoTime()
                val outcome = runCatching { core.entitlements.hasAccess(Rigs.CUSTOMER, Rigs.METER, oneSecond) }
                val took = (System.nanoTime() - started) / 1_000_000
                withClue("the caller waited $took ms: $outcome") {
                    (took <= 1_200) shouldBe true
                    if (outcome.isFailure) outcome.exceptionOrNull().shouldBeInstanceOf<KelviqTimeoutException>()
                }
            }
        }
    }
})
