package com.kelviq.sdk.redis

import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.util.concurrent.TimeUnit

/**
 * Four SDK clients in four JVMs ([FleetInstanceMain]) sharing one redis-server and one testkit server: 200 concurrent
 * first checks of one cold customer make exactly one entitlement request; after instance A reports usage, instance
 * B sees it within milliseconds (pub/sub), without waiting for the TTL (60 s), with one refetch.
 */
class FleetChildJvmTest : FunSpec({
    test("one entitlement request for 200 first checks on 4 JVMs; a report on A is seen by B at once") {
        RedisServerProcess.start().use { redis ->
            KelviqTestServer.start().use { server ->
                server.grant("cold", "exports", "METER", 5L, true)
                val instances = (1..4).map { FleetInstance.start(redis, server) }
                try {
                    instances.forEach { it.ready() }
                    val entitlementGets = RequestMatcher.pathPrefix("/edge/api/v1/entitlements/")
                    // Warm up each JVM (connections, JIT) on a customer of its own, then count from zero.
                    instances.forEachIndexed { i, instance ->
                        server.grant("warm-$i", "exports")
                        instance.ask("CHECK warm-$i exports 1").get(60, TimeUnit.SECONDS) shouldBe "OK 1"
                    }
                    server.clearRequests()

                    val answers = instances.map { it.ask("CHECK cold exports 50") }.map { it.get(60, TimeUnit.SECONDS) }
                    answers shouldBe List(4) { "OK 50" }
                    server.requestCount(entitlementGets) shouldBe 1

                    val (a, b) = instances
                    a.ask("REPORT cold exports 5").get(30, TimeUnit.SECONDS) shouldBe "OK"
                    server.currentUsage("cold", "exports") shouldBe 5L
                    // Pub/sub is asynchronous: B hears A within milliseconds, long before any TTL (60 s). Until then its
                    // checks are memory hits (no request); then exactly one refetch.
                    val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2)
                    var seen = b.ask("CHECK cold exports 1").get(30, TimeUnit.SECONDS)
                    while (seen != "OK 0" && System.nanoTime() < deadline) {
                        Thread.sleep(10)
                        seen = b.ask("CHECK cold exports 1").get(30, TimeUnit.SECONDS)
                    }
                    seen shouldBe "OK 0"
                    server.requestCount(entitlementGets) shouldBe 2
                } finally {
                    instances.forEach { it.close() }
                }
            }
        }
    }
})
