package com.kelviq.sdk.internal.cache

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.errors.AuthenticationException
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testing.FakeClock
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.futures
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.respondJson
import com.kelviq.sdk.testing.waitUntil
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import java.io.IOException
import java.time.Duration
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicReference
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope

private const val EDGE = "https://edge.api.kelviq.com/api/v1"

/** A server whose answer for each customer says whether "sso" is granted, changeable per test. */
private class Server {
    val access = ConcurrentHashMap<String, Boolean>()
    @Volatile var status = 200
    @Volatile var ioFailure = false

    fun body(customerId: String) =
        """{"customerId":"$customerId","entitlements":[{"featureId":"sso","featureType":"BOOLEAN","hasAccess":${access[customerId] ?: true}}]}"""
}

private fun cachedMock(
    server: Server,
    clock: FakeClock,
    gate: CompletableDeferred<Unit>? = null,
    cache: EntitlementCacheConfig.Builder.() -> Unit = {},
): MockKelviq = MockKelviq(
    MockKelviq.testConfig { entitlementCache = EntitlementCacheConfig(cache) },
    { request ->
        gate?.await()
        if (server.ioFailure) throw IOException("connection reset")
        val customer = request.url.parameters["customer_id"] ?: "?"
        if (request.url.encodedPath.endsWith("/report/usage/")) respondJson(WireFixtures.reportUsage.response)
        else if (request.url.encodedPath.endsWith("/report/event/")) respondJson(WireFixtures.reportEvent.response)
        else if (server.status != 200) respondJson("""{"detail":"nope"}""", server.status)
        else respondJson(server.body(customer))
    },
    clock,
)

private fun MockKelviq.entitlementRequests(customerId: String) =
    requests.count { it.url.startsWith("$EDGE/entitlements/") && it.url.contains("customer_id=$customerId") }

class EntitlementCacheTest : StringSpec({
    "one all-entitlements request answers hasAccess, getEntitlement and getAllEntitlements while fresh" {
        MockKelviq(MockKelviq.testConfig { entitlementCache = EntitlementCacheConfig.DEFAULT }).use { mock ->
            mock.answer(WireFixtures.ENTITLEMENTS_JSON)
            val e = mock.core.entitlements
            e.hasAccess("c1", "seats") shouldBe true
            e.getEntitlement("c1", "seats")!!.usageLimit shouldBe 5L
            e.getEntitlement("c1", "absent") shouldBe null
            e.hasAccess("c1", "absent") shouldBe false
            e.getAllEntitlements("c1").entitlements.size shouldBe 3
            mock.requests.map { it.url } shouldContainExactly listOf("$EDGE/entitlements/?customer_id=c1")
        }
    }

    "validation still runs with the cache on" {
        MockKelviq(MockKelviq.testConfig { entitlementCache = EntitlementCacheConfig.DEFAULT }).use { mock ->
            shouldThrow<KelviqValidationException> { mock.core.entitlements.hasAccess(" ", "sso") }.field shouldBe "customerId"
            shouldThrow<KelviqValidationException> { mock.core.entitlements.hasAccess("c1", "") }.field shouldBe "featureId"
            mock.requests.size shouldBe 0
        }
    }

    "a cache hit still refuses a blank feature id, on the suspend, future and no-I/O paths" {
        MockKelviq(MockKelviq.testConfig { entitlementCache = EntitlementCacheConfig.DEFAULT }).use { mock ->
            mock.answer(WireFixtures.ENTITLEMENTS_JSON)
            mock.core.entitlements.hasAccess("c1", "seats") shouldBe true // c1 is now cached
            shouldThrow<KelviqValidationException> { mock.core.entitlements.hasAccess("c1", " ") }.field shouldBe "featureId"
            shouldThrow<KelviqValidationException> { mock.core.entitlements.hasAccessIfCached("c1", "") }.field shouldBe "featureId"
            val failed = mock.core.futures.hasAccess("c1", "\n") // a future fails, it does not throw
            (shouldThrow<java.util.concurrent.ExecutionException> { failed.get() }.cause as KelviqValidationException).field shouldBe "featureId"
            mock.requests.size shouldBe 1
        }
    }

    "with the cache off each call sends its own feature_id request, as before" {
        MockKelviq().use { mock ->
            mock.answer(WireFixtures.ENTITLEMENTS_JSON)
            mock.core.entitlements.hasAccess("c1", "seats") shouldBe true
            mock.core.entitlements.hasAccess("c1", "seats") shouldBe true
            mock.requests.map { it.url } shouldContainExactly
                List(2) { "$EDGE/entitlements/?customer_id=c1&feature_id=seats" }
        }
    }

    "a snapshot is fresh for the ttl, then served stale while one background refresh runs" {
        val server = Server()
        val clock = FakeClock()
        cachedMock(server, clock) { ttl = Duration.ofSeconds(60) }.use { mock ->
            val e = mock.core.entitlements
            e.hasAccess("c1", "sso") shouldBe true
            server.access["c1"] = false
            clock.advanceSeconds(59)
            e.hasAccess("c1", "sso") shouldBe true
            mock.entitlementRequests("c1") shouldBe 1

            clock.advanceSeconds(1) // now exactly ttl old: stale
            e.hasAccess("c1", "sso") shouldBe true // served at once
            waitUntil("the refresh is installed") { mock.entitlementRequests("c1") == 2 && mock.core.services.entitlementCache!!.cached("c1")?.hasAccess("sso") == false }
            e.hasAccess("c1", "sso") shouldBe false
            mock.entitlementRequests("c1") shouldBe 2
        }
    }

    "past ttl + maxStaleness a call waits for the server" {
        val server = Server()
        val clock = FakeClock()
        cachedMock(server, clock) { ttl = Duration.ofSeconds(60); maxStaleness = Duration.ofMinutes(10) }.use { mock ->
            mock.core.entitlements.hasAccess("c1", "sso") shouldBe true
            server.access["c1"] = false
            clock.advanceSeconds(60 + 600)
            mock.core.entitlements.hasAccess("c1", "sso") shouldBe false
            mock.entitlementRequests("c1") shouldBe 2
        }
    }

    "100 concurrent misses for one customer share a single request" {
        val gate = CompletableDeferred<Unit>()
        cachedMock(Server(), FakeClock(), gate).use { mock ->
            coroutineScope {
                val calls = List(100) { async { mock.core.entitlements.hasAccess("c1", "sso") } }
                waitUntil("the request arrives") { mock.requests.size == 1 }
                gate.complete(Unit)
                calls.awaitAll().all { it } shouldBe true
            }
            mock.requests.size shouldBe 1
        }
    }

    "cancelling one waiter does not cancel the load the others share" {
        val gate = CompletableDeferred<Unit>()
        cachedMock(Server(), FakeClock(), gate).use { mock ->
            coroutineScope {
                val first = async { mock.core.entitlements.hasAccess("c1", "sso") }
                waitUntil("the request arrives") { mock.requests.size == 1 }
                val second = async(start = CoroutineStart.UNDISPATCHED) { mock.core.entitlements.getEntitlement("c1", "sso") }
                first.cancel()
                gate.complete(Unit)
                second.await()!!.hasAccess shouldBe true
            }
            mock.requests.size shouldBe 1
        }
    }

    "stale-while-revalidate never waits on the network and refreshes once" {
        val gate = CompletableDeferred<Unit>()
        val server = Server()
        val clock = FakeClock()
        val current = AtomicReference(CompletableDeferred(Unit))
        MockKelviq(
            MockKelviq.testConfig { entitlementCache = EntitlementCacheConfig.DEFAULT },
            { request -> current.get().await(); respondJson(server.body(request.url.parameters["customer_id"]!!)) },
            clock,
        ).use { mock ->
            val e = mock.core.entitlements
            e.hasAccess("c1", "sso") shouldBe true
            server.access["c1"] = false
            current.set(gate) // the refresh will hang until the gate opens
            clock.advanceSeconds(61)
            coroutineScope {
                List(20) { async { e.hasAccess("c1", "sso") } }.awaitAll().all { it } shouldBe true // all stale, none waited
            }
            waitUntil("the refresh is sent") { mock.requests.size == 2 }
            e.hasAccess("c1", "sso") shouldBe true
            gate.complete(Unit)
            waitUntil("the refresh is installed") { mock.core.services.entitlementCache!!.cached("c1")?.hasAccess("sso") == false }
            e.hasAccess("c1", "sso") shouldBe false
            mock.requests.size shouldBe 2
        }
    }

    "reportUsage and reportEvent invalidate the customer's snapshot, also when they fail" {
        val server = Server()
        cachedMock(server, FakeClock()).use { mock ->
            val e = mock.core.entitlements
            e.hasAccess("c1", "sso")
            e.hasAccess("c2", "sso")
            mock.core.reporting.reportUsage(
                ReportUsageParams.builder().value(1).customerId("c1").featureId("f").behaviour(UsageBehaviour.DELTA).build(),
            )
            e.hasAccess("c1", "sso")
            e.hasAccess("c2", "sso")
            mock.entitlementRequests("c1") shouldBe 2
            mock.entitlementRequests("c2") shouldBe 1

            mock.core.reporting.reportEvent(ReportEventParams.builder().customerId("c1").eventName("x").build())
            e.hasAccess("c1", "sso")
            mock.entitlementRequests("c1") shouldBe 3

            server.ioFailure = true
            shouldThrow<KelviqIoException> {
                mock.core.reporting.reportEvent(ReportEventParams.builder().customerId("c2").eventName("x").build())
            }
            server.ioFailure = false
            e.hasAccess("c2", "sso")
            mock.entitlementRequests("c2") shouldBe 2
        }
    }

    "invalidate drops one customer, invalidateAll every customer" {
        val server = Server()
        cachedMock(server, FakeClock()).use { mock ->
            val e = mock.core.entitlements
            e.hasAccess("c1", "sso")
            e.hasAccess("c2", "sso")
            server.access["c1"] = false
            e.invalidate("c1")
            e.hasAccess("c1", "sso") shouldBe false
            e.hasAccess("c2", "sso") shouldBe true
            mock.entitlementRequests("c1") shouldBe 2
            mock.entitlementRequests("c2") shouldBe 1

            mock.core.futures.invalidateAll()
            e.hasAccess("c1", "sso")
            e.hasAccess("c2", "sso")
            mock.entitlementRequests("c1") shouldBe 3
            mock.entitlementRequests("c2") shouldBe 2
        }
    }

    "a 5xx refresh serves the last snapshot up to maxStaleness, then the error propagates" {
        val server = Server()
        val clock = FakeClock()
        cachedMock(server, clock) { ttl = Duration.ofSeconds(60); maxStaleness = Duration.ofMinutes(30) }.use { mock ->
            val e = mock.core.entitlements
            e.hasAccess("c1", "sso") shouldBe true
            server.status = 503
            server.access["c1"] = false
            clock.advanceSeconds(120)
            e.hasAccess("c1", "sso") shouldBe true
            waitUntil("the refresh failed") { mock.entitlementRequests("c1") == 2 && mock.core.services.entitlementCache!!.cached("c1") != null }
            e.hasAccess("c1", "sso") shouldBe true // still the last snapshot

            e.invalidate("c1") // a foreground load now; its 503 is masked by the invalidated snapshot too
            e.hasAccess("c1", "sso") shouldBe true
            mock.entitlementRequests("c1") shouldBe 3

            clock.advanceSeconds(30 * 60) // 32 minutes old: past ttl + maxStaleness
            shouldThrow<InternalServerException> { e.hasAccess("c1", "sso") }
            shouldThrow<InternalServerException> { e.hasAccess("never-seen", "sso") }
        }
    }

    "a network failure is masked the same way; a never-seen customer gets the exception" {
        val server = Server()
        val clock = FakeClock()
        cachedMock(server, clock).use { mock ->
            val e = mock.core.entitlements
            e.getEntitlement("c1", "sso")!!.hasAccess shouldBe true
            server.ioFailure = true
            e.invalidate("c1")
            e.getEntitlement("c1", "sso")!!.hasAccess shouldBe true
            e.getAllEntitlements("c1").customerId shouldBe "c1"
            shouldThrow<KelviqIoException> { e.hasAccess("c2", "sso") }
        }
    }

    "404 and 401 are never masked by a stale snapshot" {
        val server = Server()
        val clock = FakeClock()
        cachedMock(server, clock).use { mock ->
            val e = mock.core.entitlements
            e.hasAccess("c1", "sso") shouldBe true
            server.status = 401
            e.invalidate("c1")
            shouldThrow<AuthenticationException> { e.hasAccess("c1", "sso") }

            server.status = 200
            e.hasAccess("c1", "sso") shouldBe true
            server.status = 404
            clock.advanceSeconds(61)
            e.hasAccess("c1", "sso") shouldBe true // stale served while the refresh runs
            waitUntil("the failed refresh drops the snapshot") { mock.core.services.entitlementCache!!.cached("c1") == null }
            shouldThrow<NotFoundException> { e.hasAccess("c1", "sso") }
        }
    }

    "at most maxCustomers are kept; the least recently used is evicted" {
        val clock = FakeClock()
        cachedMock(Server(), clock) { maxCustomers = 2 }.use { mock ->
            val e = mock.core.entitlements
            e.hasAccess("c1", "sso")
            clock.advanceSeconds(1)
            e.hasAccess("c2", "sso")
            clock.advanceSeconds(1)
            e.hasAccess("c1", "sso") // c1 used again: c2 is now the least recently used
            clock.advanceSeconds(1)
            e.hasAccess("c3", "sso")
            mock.core.services.entitlementCache!!.size shouldBe 2
            e.hasAccess("c1", "sso")
            e.hasAccess("c3", "sso")
            mock.requests.size shouldBe 3
            e.hasAccess("c2", "sso")
            mock.entitlementRequests("c2") shouldBe 2
        }
    }
})
