package com.kelviq.sdk.redis

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.ReportFailureHandler
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList

/**
 * Redis killed (`kill -9`) and restarted mid-run, with AOF persistence as a production spool would have: no check
 * and no enqueue waits much past the 100 ms bound, and no report is lost (server + handler = enqueued); no DELTA is
 * counted twice or both counted and handed over.
 */
class RedisRestartTest : FunSpec({
    test("checks and enqueues stay bounded while Redis dies and returns; every event reaches the server") {
        val failures = CopyOnWriteArrayList<Pair<PendingReport, Throwable?>>()
        RedisServerProcess.startPersistent().use { redis ->
            KelviqTestServer.start().use { server ->
                server.addCustomer("c1").grant("c1", "sso")
                val config = server.configBuilder().entitlementCache(EntitlementCacheConfig.builder().ttl(Duration.ofMillis(200)).build())
                    .fleet(RedisFleet.create(redis.uri))
                    .reporter(ReporterConfig.builder().failureHandler(ReportFailureHandler { r, e -> failures += r to e }).build()).build()
                KelviqClient(config).use { client ->
                    var enqueued = 0
                    var deltas = 0
                    var slowest = 0L
                    suspend fun round(n: Int) = repeat(n) {
                        val started = System.nanoTime()
                        client.entitlements.invalidate("c1")
                        client.entitlements.hasAccess("c1", "sso") shouldBe true
                        client.reporting.enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("tick").build()) shouldBe true
                        enqueued++
                        deltas++
                        client.reporting.enqueueUsage(
                            ReportUsageParams.builder().customerId("c1").featureId("calls").value(deltas.toLong()).behaviour(UsageBehaviour.DELTA).build(),
                        ) shouldBe true
                        slowest = maxOf(slowest, (System.nanoTime() - started) / 1_000_000)
                    }
                    round(200)
                    redis.kill()
                    round(200)
                    redis.start()
                    round(200)
                    client.reporting.flush(Duration.ofSeconds(30)) shouldBe true
                    val handedEvents = { failures.count { it.first is PendingReport.Event } }
                    eventually(Duration.ofSeconds(30)) { (server.eventCount("c1", "tick") + handedEvents()) shouldBe enqueued }
                    // DELTAs: each counted once or handed over as possibly processed, never both, never twice
                    val counted = server.usageReports().map { it.value }
                    val handed = failures.mapNotNull { (it.first as? PendingReport.Usage)?.params?.value }
                    counted.size shouldBe counted.toSet().size
                    (counted.toSet() intersect handed.toSet()) shouldBe emptySet()
                    (counted + handed).sorted() shouldBe (1L..deltas.toLong()).toList()
                    // per round: invalidate + check + enqueue, each store call bounded by 100 ms
                    slowest shouldBeLessThan 1_000L
                }
            }
        }
    }
})
