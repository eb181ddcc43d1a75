package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.joinAll
import java.time.Duration

/**
 * Cancelling a coroutine that waits on the cache's shared load of a customer ends its wait only: the load goes on,
 * answers the other callers and fills the cache, whoever started it.
 */
class JoinedLoadCancellationTest : FunSpec({
    val edge = RequestMatcher.pathPrefix("/edge/")

    fun server(): KelviqTestServer = KelviqTestServer.start().apply {
        addCustomer("c1").grant("c1", "sso", "BOOLEAN", null, true)
        delayNext(edge, 1, Duration.ofMillis(800))
    }

    fun client(server: KelviqTestServer): KelviqClient = KelviqClient(server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build())

    test("cancelled callers that joined a load end at once; the one who started it gets the answer") {
        server().use { server ->
            client(server).use { kelviq ->
                coroutineScope {
                    val starter = async(Dispatchers.Default) { kelviq.entitlements.hasAccess("c1", "sso") }
                    delay(100) // the load is in flight
                    val joiners = List(20) { async(Dispatchers.Default, CoroutineStart.DEFAULT) { kelviq.entitlements.hasAccess("c1", "sso") } }
                    delay(100)
                    val cancelling = System.nanoTime()
                    joiners.forEach { it.cancel() }
                    joiners.joinAll()
                    (System.nanoTime() - cancelling) / 1_000_000 shouldBeLessThan 200L
                    joiners.all { it.isCancelled } shouldBe true
                    starter.await() shouldBe true
                }
                kelviq.entitlements.hasAccess("c1", "sso") shouldBe true // from the cache the load filled
                server.requestCount(edge) shouldBe 1
            }
        }
    }

    test("cancelling the caller that started the load leaves it running for those who joined") {
        server().use { server ->
            client(server).use { kelviq ->
                coroutineScope {
                    val starter = async(Dispatchers.Default) { kelviq.entitlements.hasAccess("c1", "sso") }
                    delay(100)
                    val joiner = async(Dispatchers.Default) { kelviq.entitlements.hasAccess("c1", "sso") }
                    delay(100)
                    starter.cancel()
                    joiner.await() shouldBe true
                }
                server.requestCount(edge) shouldBe 1
            }
        }
    }
})
