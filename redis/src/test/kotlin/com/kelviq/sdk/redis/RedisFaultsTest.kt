package com.kelviq.sdk.redis

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.ReportFailureHandler
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.ReportRejectedException
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.runBlocking
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlin.concurrent.thread

/**
 * Fleet mode when Redis itself misbehaves (issue 23), on a real `redis-server`, every count taken at the API server:
 * paused (SIGSTOP) while DELTAs are enqueued, restarted empty, unreachable at flush.
 */
class RedisFaultsTest : FunSpec({
    fun usage(value: Long) = ReportUsageParams.builder().customerId("c1").featureId("calls").value(value).behaviour(UsageBehaviour.DELTA).build()

    fun runDeltas(redisAction: (RedisServerProcess) -> Unit): Pair<List<Long>, List<Pair<PendingReport, Throwable?>>> {
        val handed = CopyOnWriteArrayList<Pair<PendingReport, Throwable?>>()
        RedisServerProcess.start().use { redis ->
            KelviqTestServer.start().use { server ->
                server.addCustomer("c1")
                val config = server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT)
                    .fleet(RedisFleet.create(redis.uri))
                    .reporter(ReporterConfig.builder().failureHandler(ReportFailureHandler { r, e -> handed += r to e }).build()).build()
                KelviqClient(config).use { client ->
                    val pool = Executors.newFixedThreadPool(4)
                    val action = thread { redisAction(redis) }
                    (1L..600L).chunked(150).forEach { chunk ->
                        pool.execute { chunk.forEach { v -> client.reporting.enqueueUsage(usage(v)) shouldBe true; Thread.sleep(1) } }
                    }
                    pool.shutdown()
                    pool.awaitTermination(60, TimeUnit.SECONDS) shouldBe true
                    action.join()
                    runBlocking { client.reporting.flush(Duration.ofSeconds(30)) } shouldBe true
                }
                return server.usageReports().map { it.value } to handed
            }
        }
    }

    fun checkExact(counted: List<Long>, handed: List<Pair<PendingReport, Throwable?>>) {
        val handedValues = handed.map { (it.first as PendingReport.Usage).params.value }
        (counted.groupingBy { it }.eachCount().filterValues { it > 1 }).keys.shouldBeEmpty()
        (counted.toSet() intersect handedValues.toSet()).shouldBeEmpty()
        (counted + handedValues).sorted() shouldBe (1L..600L).toList()
        handed.forEach { (it.second as ReportRejectedException).reason shouldBe ReportRejectedException.Reason.POSSIBLY_PROCESSED }
    }

    test("under CPU load (2 busy threads per core beside the test), 600 DELTAs through the spool are counted exactly") {
        val busy = (1..2 * Runtime.getRuntime().availableProcessors()).map {
            thread(isDaemon = true) { var x = 0L; while (!Thread.currentThread().isInterrupted) x += System.nanoTime() % 7 }
        }
        try {
            val (counted, handed) = runDeltas { }
            checkExact(counted, handed)
        } finally {
            busy.forEach { it.interrupt() }
        }
    }

    for (run in 1..3) {
        test("run $run: Redis paused 700 ms while 4 threads enqueue 600 DELTAs: none counted twice, counted + handed over = 600") {
            val (counted, handed) = runDeltas { redis ->
                Thread.sleep(40)
                redis.pause()
                Thread.sleep(700)
                redis.resume()
            }
            checkExact(counted, handed)
        }
    }

    test("Redis restarted empty: the consumer group is created again (logged once) and delivery resumes within 5 s") {
        val handed = CopyOnWriteArrayList<Pair<PendingReport, Throwable?>>()
        val redis = RedisServerProcess.start()
        capturingLogs { lines -> try {
            KelviqTestServer.start().use { server ->
                server.addCustomer("c1")
                val config = server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).fleet(RedisFleet.create(redis.uri))
                    .reporter(ReporterConfig.builder().failureHandler(ReportFailureHandler { r, e -> handed += r to e }).build()).build()
                KelviqClient(config).use { client ->
                    fun event(i: Int) = ReportEventParams.builder().customerId("c1").eventName("tick").idempotencyKey("k-$i").build()
                    (1..50).forEach { client.reporting.enqueueEvent(event(it)) shouldBe true }
                    client.reporting.flush(Duration.ofSeconds(10)) shouldBe true
                    server.eventCount("c1", "tick") shouldBe 50
                    redis.stop()
                    redis.start() // no persistence: empty, without the stream and its consumer group
                    val answeringAt = System.nanoTime()
                    (51..150).forEach { client.reporting.enqueueEvent(event(it)) shouldBe true }
                    eventually(Duration.ofSeconds(5)) { (server.eventCount("c1", "tick") + handed.size) shouldBe 150 }
                    val resumedWithinMillis = (System.nanoTime() - answeringAt) / 1_000_000
                    resumedWithinMillis shouldBeLessThan 5_000L
                    client.reporting.flush(Duration.ofSeconds(10)) shouldBe true
                    handed.shouldBeEmpty()
                    lines().count { "consumer group was missing" in it } shouldBe 1
                }
            }
        } finally {
            redis.close()
        } }
    }

    test("flush(5 s) with Redis down finishes memory and returns false (spool unconfirmed) within 5 s") {
        val redis = RedisServerProcess.start()
        try {
            KelviqTestServer.start().use { server ->
                server.addCustomer("c1")
                val config = server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).fleet(RedisFleet.create(redis.uri)).build()
                KelviqClient(config).use { client ->
                    client.reporting.enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("a").build()) shouldBe true
                    client.reporting.flush(Duration.ofSeconds(10)) shouldBe true
                    redis.stop()
                    client.reporting.enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("b").build()) shouldBe true
                    val started = System.nanoTime()
                    client.reporting.flush(Duration.ofSeconds(5)) shouldBe false
                    ((System.nanoTime() - started) / 1_000_000) shouldBeLessThan 5_500L
                    eventually { server.eventCount("c1", "b") shouldBe 1 } // memory carried it
                }
            }
        } finally {
            redis.close()
        }
    }
})
