package com.kelviq.sdk.redis

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import java.time.Duration

/** Fleet mode against a real redis-server and the testkit: clients of one JVM, each with its own core and Redis connections. */
class RedisFleetTest : FunSpec({
    val redis = RedisServerProcess.start()
    val server = KelviqTestServer.start()
    afterSpec {
        server.close()
        redis.close()
    }
    beforeEach {
        server.reset()
        redis.command("FLUSHALL")
    }
    val entitlementGets = RequestMatcher.pathPrefix("/edge/api/v1/entitlements/")

    // A store timeout above the 100 ms default: the tests count requests, and a loaded machine must not turn a slow
    // Redis answer into a bypass (the bypass itself is tested with a Redis that is really away).
    fun config(fleet: RedisFleet = RedisFleet.builder().uri(redis.uri).operationTimeout(Duration.ofSeconds(2)).build()): KelviqConfig =
        server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).fleet(fleet).build()

    suspend fun <T> clients(n: Int, block: suspend (List<KelviqClient>) -> T): T {
        val clients = (1..n).map { KelviqClient(config()) }
        try {
            return block(clients)
        } finally {
            clients.forEach { it.close() }
        }
    }

    test("concurrent first checks on four clients make one API call; the others read the shared snapshot") {
        server.grant("cold", "api-calls", "METER", 10L, true)
        clients(4) { all ->
            val answers = coroutineScope {
                all.flatMap { c -> (1..50).map { async { c.entitlements.hasAccess("cold", "api-calls") } } }.awaitAll()
            }
            answers.toSet() shouldBe setOf(true)
            server.requestCount(entitlementGets) shouldBe 1
        }
    }

    test("a usage report on one instance reaches another's next check without waiting for the TTL") {
        server.grant("c1", "exports", "METER", 3L, true)
        clients(2) { (a, b) ->
            b.entitlements.hasAccess("c1", "exports") shouldBe true
            a.entitlements.hasAccess("c1", "exports") shouldBe true
            server.requestCount(entitlementGets) shouldBe 1
            a.reporting.reportUsage(value = 3, customerId = "c1", featureId = "exports", behaviour = UsageBehaviour.DELTA)
            a.entitlements.hasAccess("c1", "exports") shouldBe false // its own snapshot took the usage at once
            eventually { b.entitlements.hasAccess("c1", "exports") shouldBe false }
            server.requestCount(entitlementGets) shouldBe 2
        }
    }

    test("an explicit invalidate and a webhook on one instance evict the customer on all") {
        server.grant("c1", "sso")
        server.grant("c2", "sso")
        val secret = "kq_whsec_fleet_test_0123456789abcdef"
        val withSecret = { KelviqClient(config().toBuilder().webhookSecret(secret).build()) }
        withSecret().use { a ->
            withSecret().use { b ->
                b.entitlements.hasAccess("c1", "sso") shouldBe true
                b.entitlements.hasAccess("c2", "sso") shouldBe true
                server.revoke("c1", "sso")
                server.revoke("c2", "sso")

                a.entitlements.invalidate("c1")
                eventually { b.entitlements.hasAccess("c1", "sso") shouldBe false }

                b.entitlements.hasAccess("c2", "sso") shouldBe true // still its memory: nobody said c2 changed
                val signer = server.webhookSigner(secret)
                val payload = signer.payload("subscription.updated", mapOf("object" to "subscription", "customer" to mapOf("customer_id" to "c2")))
                a.webhooks().handle(payload, signer.headers(payload))!!.customerId shouldBe "c2"
                eventually { b.entitlements.hasAccess("c2", "sso") shouldBe false }
            }
        }
    }

    test("customer ids of any content are safe keys; a snapshot of another format version is ignored, never fatal") {
        val odd = "a:b/ c*\u00e9\u4e2d?x"
        server.grant(odd, "sso")
        server.grant("v99", "sso")
        clients(2) { (a, b) ->
            a.entitlements.hasAccess(odd, "sso") shouldBe true
            b.entitlements.hasAccess(odd, "sso") shouldBe true
            server.requestCount(entitlementGets) shouldBe 1
            val key = "kelviq:snap:" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v99".toByteArray())
            redis.command("SET", key, """{"v":99,"at":${System.currentTimeMillis()},"e":{"customerId":"v99","entitlements":[]}}""")
            a.entitlements.hasAccess("v99", "sso") shouldBe true // the v99 snapshot (no entitlement) was not used
            server.requestCount(entitlementGets) shouldBe 2
        }
    }

    test("Redis down at start and mid-run: checks are answered from the API within bounds; sharing resumes when it is back") {
        val port = RedisServerProcess.freePort()
        val down = RedisFleet.builder().uri("redis://127.0.0.1:$port").operationTimeout(Duration.ofMillis(100)).build()
        server.grant("c1", "sso")
        server.grant("c2", "sso")
        KelviqClient(config(down)).use { a ->
            val started = System.nanoTime()
            a.entitlements.hasAccess("c1", "sso") shouldBe true
            (System.nanoTime() - started) / 1_000_000 shouldBeLessThan 2_000L
            RedisServerProcess.startOn(port).use { late ->
                KelviqClient(config(RedisFleet.create(late.uri))).use { b ->
                    // a reconnects in the background (a retry every second) and shares again: what it fetches, b reads
                    var round = 0
                    eventually(Duration.ofSeconds(10)) {
                        val customer = "later-${round++}"
                        server.grant(customer, "sso")
                        a.entitlements.hasAccess(customer, "sso") shouldBe true
                        val before = server.requestCount(entitlementGets)
                        b.entitlements.hasAccess(customer, "sso") shouldBe true
                        server.requestCount(entitlementGets) shouldBe before
                    }
                    late.stop()
                    a.entitlements.invalidate("c1")
                    val again = System.nanoTime()
                    a.entitlements.hasAccess("c1", "sso") shouldBe true
                    (System.nanoTime() - again) / 1_000_000 shouldBeLessThan 2_000L
                }
            }
        }
    }

    test("an instance that lost its connection drops its memory when it reconnects (it may have missed invalidations)") {
        server.grant("c1", "sso")
        KelviqClient(config()).use { a ->
            a.entitlements.hasAccess("c1", "sso") shouldBe true
            server.requestCount(entitlementGets) shouldBe 1
            redis.stop()
            server.revoke("c1", "sso") // an invalidation published now would be lost
            redis.start()
            eventually(Duration.ofSeconds(15)) { a.entitlements.hasAccess("c1", "sso") shouldBe false }
        }
    }

    test("stale-if-error across the fleet: a new instance serves the stored snapshot when the API fails") {
        server.grant("c1", "sso")
        val shortTtl = server.configBuilder().fleet(RedisFleet.create(redis.uri))
            .entitlementCache(EntitlementCacheConfig.builder().ttl(Duration.ofMillis(200)).maxStaleness(Duration.ofHours(1)).build())
        KelviqClient(shortTtl.build()).use { a -> a.entitlements.hasAccess("c1", "sso") shouldBe true }
        delay(300) // the stored snapshot is now past its TTL
        server.failNext(entitlementGets, 5, 503, mapOf("Retry-After" to "0"))
        KelviqClient(shortTtl.maxRetries(0).build()).use { b -> b.entitlements.hasAccess("c1", "sso") shouldBe true }
        server.clearFaults()
    }

    test("settings are validated and the password never shown") {
        shouldThrow<KelviqValidationException> { RedisFleet.builder().build() }.field shouldBe "uri"
        shouldThrow<KelviqValidationException> { RedisFleet.builder().uri("redis://h:1").prefix("a b").build() }.field shouldBe "prefix"
        shouldThrow<KelviqValidationException> { RedisFleet.builder().uri("redis://h:1").operationTimeout(Duration.ZERO).build() }
            .field shouldBe "operationTimeout"
        shouldThrow<KelviqValidationException> { RedisFleet.builder().uri("http://h:1").build() }.field shouldBe "uri"
        val fleet = RedisFleet.create("redis://:s3cr3t-pass@127.0.0.1:6390/2")
        fleet.toString() shouldNotContain "s3cr3t-pass"
        config(fleet).toString() shouldNotContain "s3cr3t-pass"
    }
})

/** Retries [assertion] every 50 ms until it passes or [within] has passed (then its last failure is thrown). */
suspend fun eventually(within: Duration = Duration.ofSeconds(5), assertion: suspend () -> Unit) {
    val deadline = System.nanoTime() + within.toNanos()
    while (true) {
        try {
            assertion()
            return
        } catch (e: AssertionError) {
            if (System.nanoTime() > deadline) throw e
            delay(50)
        }
    }
}
