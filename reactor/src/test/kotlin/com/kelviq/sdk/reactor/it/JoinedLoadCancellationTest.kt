package com.kelviq.sdk.reactor.it

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.reactor.ReactorKelviqClient
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * Disposing a subscriber that waits on the cache's shared load of a customer ends its wait only: the load goes on,
 * answers the other subscribers and fills the cache, whoever started it.
 */
class JoinedLoadCancellationTest : FunSpec({
    val edge = RequestMatcher.pathPrefix("/edge/")

    fun server(): KelviqTestServer = KelviqTestServer.start().apply {
        addCustomer("c1").grant("c1", "sso", "BOOLEAN", null, true)
        delayNext(edge, 1, Duration.ofMillis(800))
    }

    fun client(server: KelviqTestServer): ReactorKelviqClient =
        ReactorKelviqClient.create(server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build())

    test("disposed subscribers that joined a load end at once and see nothing more; the one who started it gets the answer") {
        server().use { server ->
            client(server).use { kelviq ->
                val starter = kelviq.entitlements().hasAccess("c1", "sso").toFuture()
                Thread.sleep(100) // the load is in flight
                val signals = CopyOnWriteArrayList<String>()
                val ended = CountDownLatch(20)
                val joiners = List(20) {
                    kelviq.entitlements().hasAccess("c1", "sso")
                        .doFinally { signal -> signals += signal.toString(); ended.countDown() }
                        .subscribe({ signals += "next $it" }, { signals += "error $it" })
                }
                Thread.sleep(100)
                val disposing = System.nanoTime()
                joiners.forEach { it.dispose() }
                ended.await(5, TimeUnit.SECONDS) shouldBe true
                (System.nanoTime() - disposing) / 1_000_000 shouldBeLessThan 200L
                starter.get(5, TimeUnit.SECONDS) shouldBe true
                signals.toSet() shouldBe setOf("cancel")
                // The load filled the cache: the next check is answered from memory.
                kelviq.entitlements().hasAccess("c1", "sso").block(Duration.ofSeconds(1)) shouldBe true
                server.requestCount(edge) shouldBe 1
            }
        }
    }

    test("disposing the subscriber that started the load leaves it running for those who joined") {
        server().use { server ->
            client(server).use { kelviq ->
                val starter = kelviq.entitlements().hasAccess("c1", "sso").subscribe()
                Thread.sleep(100)
                val joiner = kelviq.entitlements().hasAccess("c1", "sso").toFuture()
                Thread.sleep(100)
                starter.dispose()
                joiner.get(5, TimeUnit.SECONDS) shouldBe true
                server.requestCount(edge) shouldBe 1
            }
        }
    }
})
