package com.kelviq.sdk.redis

import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.util.concurrent.TimeUnit

/**
 * Four SDK clients in four JVMs ([FleetInstanceMain]) sharing one redis-server and one testkit server: 200 concurrent
 * first checks of one cold customer make exactly one entitlement request; after instance A reports usage, instance
 * B's next check sees it without waiting for the TTL (60 s).
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

                    val answers = instances.map { it.ask("CHECK cold exports 50") }.map { it.get(60, TimeUnit.SECONDS) }
                    answers shouldBe List(4) { "OK 50" }
                    server.requestCount(entitlementGets) shouldBe 1

                    val (a, b) = instances
                    a.ask("REPORT cold exports 5").get(30, TimeUnit.SECONDS) shouldBe "OK"
                    server.currentUsage("cold", "exports") shouldBe 5L
                    b.ask("CHECK cold exports 1").get(30, TimeUnit.SECONDS) shouldBe "OK 0"
                    server.requestCount(entitlementGets) shouldBe 2
                } finally {
                    instances.forEach { it.close() }
                }
            }
        }
    }
})
