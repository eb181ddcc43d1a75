package com.kelviq.sdk.redis

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.ReportFailureHandler
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.ReportRejectedException
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.ints.shouldBeLessThan
import io.kotest.matchers.ints.shouldBeLessThanOrEqual
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.TimeUnit

/**
 * `kill -9` of an instance in the middle of delivering the fleet's spool; a second instance delivers the rest.
 * Events: the server counts exactly the number enqueued (replays keep their idempotency keys). `DELTA` usage: the
 * server never counts more than were enqueued, and what it counted plus what was handed over as possibly processed
 * covers every report (a report the dead instance had in flight may be in both: it may have been counted).
 */
class SpoolCrashTest : FunSpec({
    val failures = CopyOnWriteArrayList<Pair<PendingReport, Throwable?>>()

    suspend fun survivor(redis: RedisServerProcess, server: KelviqTestServer, block: suspend (KelviqClient) -> Unit) {
        val fleet = RedisFleet.builder().uri(redis.uri).spoolClaimAfter(Duration.ofSeconds(1)).build()
        val config = server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).fleet(fleet)
            .reporter(ReporterConfig.builder().failureHandler(ReportFailureHandler { r, e -> failures += r to e }).build()).build()
        KelviqClient(config).use { block(it) }
    }

    test("10 000 events: killed mid-delivery, the survivor delivers the rest; the server counts exactly 10 000") {
        failures.clear()
        RedisServerProcess.start().use { redis ->
            KelviqTestServer.start().use { server ->
                server.addCustomer("c1")
                FleetInstance.start(redis, server).ready().use { doomed ->
                    doomed.ask("ENQUEUE_MANY EVENT 10000 c1 export").get(120, TimeUnit.SECONDS) shouldBe "OK 10000"
                    eventually(Duration.ofSeconds(60)) { server.eventCount() shouldBeGreaterThan 1_000 }
                    doomed.kill()
                }
                server.eventCount() shouldBeLessThan 10_000 // killed mid-delivery
                survivor(redis, server) { live ->
                    eventually(Duration.ofSeconds(120)) {
                        server.eventCount("c1", "export") shouldBe 10_000
                        live.reporting.stats().spool?.depth shouldBe 0L
                    }
                }
                failures shouldBe emptyList()
            }
        }
    }

    test("1 000 DELTA reports: the server never counts more than enqueued; counted + possibly processed covers all") {
        failures.clear()
        RedisServerProcess.start().use { redis ->
            KelviqTestServer.start().use { server ->
                server.addCustomer("c1").grant("c1", "calls", "METER", 1_000_000L, false)
                FleetInstance.start(redis, server).ready().use { doomed ->
                    doomed.ask("ENQUEUE_MANY DELTA 1000 c1 calls").get(60, TimeUnit.SECONDS) shouldBe "OK 1000"
                    eventually(Duration.ofSeconds(60)) { (server.currentUsage("c1", "calls") ?: 0L).toInt() shouldBeGreaterThan 100 }
                    doomed.kill()
                }
                survivor(redis, server) { live ->
                    eventually(Duration.ofSeconds(60)) { live.reporting.stats().spool?.depth shouldBe 0L }
                }
                val counted = server.currentUsage("c1", "calls")!!.toInt()
                val possibly = failures.count { (_, e) -> (e as? ReportRejectedException)?.reason == ReportRejectedException.Reason.POSSIBLY_PROCESSED }
                failures.size shouldBe possibly
                counted shouldBeLessThanOrEqual 1_000
                (counted + possibly >= 1_000) shouldBe true
                (counted + possibly - 1_000) shouldBeLessThanOrEqual ReporterConfig.DEFAULT.senders // only what was in flight at the kill
            }
        }
    }
})
