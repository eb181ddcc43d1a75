package com.kelviq.sdk.redis

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.ReportFailureHandler
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.ReportRejectedException
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.TimeUnit

/** The durable report spool against a real redis-server: shared draining, a crashed sender, Redis away, a full spool. */
class ReportSpoolTest : FunSpec({
    val redis = RedisServerProcess.start()
    val server = KelviqTestServer.start()
    afterSpec {
        server.close()
        redis.close()
    }
    beforeEach {
        server.reset()
        server.addCustomer("c1")
        redis.command("FLUSHALL")
    }
    val failures = CopyOnWriteArrayList<Pair<PendingReport, Throwable?>>()
    beforeEach { failures.clear() }

    fun config(fleet: RedisFleet): KelviqConfig = server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).fleet(fleet)
        .reporter(ReporterConfig.builder().failureHandler(ReportFailureHandler { r, e -> failures += r to e }).build()).build()

    fun event(i: Int) = ReportEventParams.builder().customerId("c1").eventName("export").idempotencyKey("key-$i").build()

    test("reports enqueued on one instance are sent once by the fleet and acknowledged; stats show the spool") {
        KelviqClient(config(RedisFleet.create(redis.uri))).use { a ->
            KelviqClient(config(RedisFleet.create(redis.uri))).use { b ->
                (1..100).forEach { a.reporting.enqueueEvent(event(it)) shouldBe true }
                a.reporting.enqueueUsage(ReportUsageParams.builder().customerId("c1").featureId("f").value(7).behaviour(UsageBehaviour.SET).build())
                a.reporting.flush(Duration.ofSeconds(20)) shouldBe true
                server.eventCount("c1", "export") shouldBe 100
                server.requestCount(RequestMatcher.pathPrefix("/api/v1/report/event/")) shouldBe 100 // none sent twice
                (a.reporting.stats().sent + b.reporting.stats().sent) shouldBe 101L
                eventually { a.reporting.stats().spool?.depth shouldBe 0L }
                failures shouldBe emptyList()
            }
        }
    }

    test("kill -9 while sending: a live instance claims the entries; the DELTA is not resent but handed over as possibly processed") {
        server.grant("c1", "f", "METER", 1_000L, false)
        val reports = RequestMatcher.pathPrefix("/api/v1/report/")
        server.delayNext(reports, 3, Duration.ofSeconds(30)) // counted by the server at once, answered too late
        FleetInstance.start(redis, server).ready().use { doomed ->
            doomed.ask("ENQUEUE DELTA c1 f 5").get(10, TimeUnit.SECONDS) shouldBe "OK true"
            doomed.ask("ENQUEUE SET c1 g 9").get(10, TimeUnit.SECONDS) shouldBe "OK true"
            doomed.ask("ENQUEUE EVENT c1 export key-1").get(10, TimeUnit.SECONDS) shouldBe "OK true"
            eventually(Duration.ofSeconds(10)) { server.requestCount(reports) shouldBe 3 } // all three in flight
            doomed.kill()
        }
        server.clearFaults()
        val survivor = RedisFleet.builder().uri(redis.uri).spoolClaimAfter(Duration.ofSeconds(1)).build()
        KelviqClient(config(survivor)).use { live ->
            eventually(Duration.ofSeconds(15)) {
                failures.map { (r, _) -> (r as? PendingReport.Usage)?.params?.behaviour } shouldBe listOf(UsageBehaviour.DELTA)
                server.requestCount(reports) shouldBe 5 // the SET and the event resent, the DELTA not
            }
            (failures.single().second as ReportRejectedException).reason shouldBe ReportRejectedException.Reason.POSSIBLY_PROCESSED
            server.currentUsage("c1", "f") shouldBe 5L // counted once
            server.eventCount("c1", "export") shouldBe 1 // the replay kept its idempotency key
            eventually { live.reporting.stats().spool shouldBe com.kelviq.sdk.SpoolStats(0, 0, 1) }
        }
    }

    test("Redis away: enqueue falls back to the in-memory queue within the timeout; nothing is lost") {
        val nowhere = RedisFleet.builder().uri("redis://127.0.0.1:${RedisServerProcess.freePort()}").build()
        KelviqClient(config(nowhere)).use { c ->
            val started = System.nanoTime()
            (1..5).forEach { c.reporting.enqueueEvent(event(it)) shouldBe true }
            (System.nanoTime() - started) / 1_000_000 shouldBeLessThan 2_000L // five enqueues, none waiting past the 100 ms bound for long
            c.reporting.flush(Duration.ofSeconds(10))
            server.eventCount("c1", "export") shouldBe 5
            failures shouldBe emptyList()
        }
    }

    test("a full spool refuses (never trims): the overflow goes through the in-memory queue") {
        KelviqClient(config(RedisFleet.builder().uri(redis.uri).spoolCapacity(2).build())).use { c ->
            server.delayNext(RequestMatcher.pathPrefix("/api/v1/report/"), 2, Duration.ofMillis(500))
            (1..6).forEach { c.reporting.enqueueEvent(event(it)) shouldBe true }
            c.reporting.flush(Duration.ofSeconds(15)) shouldBe true
            server.eventCount("c1", "export") shouldBe 6
            failures shouldBe emptyList()
        }
    }
})
