package com.kelviq.sdk.internal.reporting

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.ReportFailureHandler
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.errors.BadRequestException
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.errors.ReportRejectedException
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.futures
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.respondJson
import com.kelviq.sdk.testing.waitUntil
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.longs.shouldBeGreaterThanOrEqual
import io.kotest.matchers.longs.shouldBeLessThanOrEqual
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import java.time.Duration
import java.time.temporal.ChronoUnit
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.ExecutionException
import java.util.concurrent.atomic.AtomicInteger
import kotlin.concurrent.thread
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive

private fun usage(customerId: String = "c1", value: Long = 1, behaviour: UsageBehaviour = UsageBehaviour.SET) =
    ReportUsageParams.builder().value(value).customerId(customerId).featureId("api-calls").behaviour(behaviour).build()

private fun event(customerId: String = "c1") = ReportEventParams.builder().customerId(customerId).eventName("api_call").build()

/** Collects what the failure handler receives. */
private class Failures : ReportFailureHandler {
    val all = CopyOnWriteArrayList<Pair<PendingReport, Throwable?>>()
    override fun onFailure(report: PendingReport, error: Throwable?) {
        all += report to error
    }

    fun reasons() = all.map { (it.second as ReportRejectedException).reason }
}

private fun reporterMock(
    failures: Failures,
    maxRetries: Int = 0,
    reporter: ReporterConfig.Builder.() -> Unit = {},
    answer: suspend () -> Pair<Int, String>? = { null },
) = MockKelviq(
    MockKelviq.testConfig {
        this.maxRetries = maxRetries
        this.reporter = ReporterConfig { failureHandler = failures; reporter() }
    },
    { request ->
        val custom = answer()
        val ok = if (request.url.encodedPath.endsWith("/event/")) WireFixtures.reportEvent.response else WireFixtures.reportUsage.response
        if (custom == null) respondJson(ok) else respondJson(custom.second.ifEmpty { ok }, custom.first)
    },
)

class BackgroundReporterTest : StringSpec({
    "enqueued reports are sent in the background; flush waits for them; counters add up" {
        val failures = Failures()
        reporterMock(failures).use { mock ->
            val r = mock.core.reporting
            repeat(20) { r.enqueueUsage(usage(value = it.toLong())) shouldBe true }
            repeat(5) { r.enqueueEvent(event()) shouldBe true }
            r.flush(Duration.ofSeconds(10)) shouldBe true
            mock.requests.size shouldBe 25
            mock.requests.map { Json.parseToJsonElement(it.body!!).jsonObject["value"]?.jsonPrimitive?.content }
                .filterNotNull().map { it.toInt() } shouldContainExactlyInAnyOrder (0 until 20).toList()
            val stats = r.stats()
            stats.enqueued shouldBe 25
            stats.sent shouldBe 25
            stats.failed shouldBe 0
            stats.rejected shouldBe 0
            stats.retried shouldBe 0
            stats.queueDepth shouldBe 0
            stats.inFlight shouldBe 0
            failures.all.size shouldBe 0
        }
    }

    "flush's timeout is checked like closeTimeout: 0 up to 1 hour, else a KelviqValidationException naming it, sending nothing" {
        reporterMock(Failures()).use { mock ->
            repeat(3) { mock.core.reporting.enqueueEvent(event()) shouldBe true }
            mock.core.reporting.flush(Duration.ofHours(1)) shouldBe true
            val extremes = listOf(
                ChronoUnit.FOREVER.duration, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), Duration.ofSeconds(Long.MIN_VALUE),
                Duration.ofHours(1).plusNanos(1), Duration.ofNanos(-1),
            )
            for (timeout in extremes) {
                shouldThrow<KelviqValidationException> { mock.core.reporting.flush(timeout) }.field shouldBe "timeout"
                shouldThrow<ExecutionException> { mock.core.futures.flush(timeout).get() }
                    .cause.shouldBeInstanceOf<KelviqValidationException>().field shouldBe "timeout"
            }
            mock.core.reporting.flush(Duration.ZERO) shouldBe true // nothing left: true at once
            mock.requests.size shouldBe 3
        }
    }

    "flush with nothing queued returns true at once; the future flavour works too" {
        reporterMock(Failures()).use { mock ->
            mock.core.reporting.flush(Duration.ZERO) shouldBe true
            mock.core.futures.enqueueEvent(event()) shouldBe true
            mock.core.futures.flush(Duration.ofSeconds(10)).get() shouldBe true
            mock.core.futures.stats().sent shouldBe 1
        }
    }

    "a full queue rejects at once to the handler; close hands over what is left; later enqueues are rejected" {
        val failures = Failures()
        val never = CompletableDeferred<Unit>()
        val mock = reporterMock(failures, reporter = {
            queueCapacity = 1; senders = 1; closeTimeout = Duration.ofMillis(100)
        }, answer = { never.await(); null })
        val r = mock.core.reporting
        val first = usage(value = 1)
        val second = usage(value = 2)
        val third = usage(value = 3)
        r.enqueueUsage(first) shouldBe true
        waitUntil("the first report is in flight") { r.stats().inFlight == 1 }
        r.enqueueUsage(second) shouldBe true // fills the queue
        r.enqueueUsage(third) shouldBe false // full: rejected without blocking
        failures.all.single().first shouldBe PendingReport.Usage(third)
        failures.reasons() shouldBe listOf(ReportRejectedException.Reason.QUEUE_FULL)
        r.stats().rejected shouldBe 1
        r.stats().queueDepth shouldBe 1

        r.flush(Duration.ofMillis(20)) shouldBe false // the server never answers
        mock.close()
        val fourth = usage(value = 4)
        r.enqueueUsage(fourth) shouldBe false

        val handed = failures.all.map { it.first }
        handed.first() shouldBe PendingReport.Usage(third)
        handed.subList(1, 3).toSet() shouldBe setOf(PendingReport.Usage(first), PendingReport.Usage(second)) // in flight + queued, any order
        handed.last() shouldBe PendingReport.Usage(fourth)
        failures.reasons() shouldBe listOf(
            ReportRejectedException.Reason.QUEUE_FULL,
            ReportRejectedException.Reason.CLOSE_TIMEOUT,
            ReportRejectedException.Reason.CLOSE_TIMEOUT,
            ReportRejectedException.Reason.CLOSED,
        )
        val stats = r.stats()
        stats.enqueued shouldBe 2
        stats.sent shouldBe 0
        stats.failed shouldBe 2
        stats.rejected shouldBe 2
        stats.queueDepth shouldBe 0
        stats.inFlight shouldBe 0
    }

    "close drains the queue within the close timeout" {
        val failures = Failures()
        val gate = CompletableDeferred<Unit>()
        val mock = reporterMock(failures, reporter = { senders = 2; closeTimeout = Duration.ofSeconds(30) }, answer = { gate.await(); null })
        repeat(10) { mock.core.reporting.enqueueUsage(usage(value = it.toLong())) }
        waitUntil("two reports are in flight") { mock.core.reporting.stats().inFlight == 2 }
        val closer = thread { mock.close() }
        waitUntil("close is waiting for the senders") { closer.state == Thread.State.WAITING || closer.state == Thread.State.TIMED_WAITING }
        mock.core.reporting.enqueueUsage(usage(value = 99)) shouldBe false
        gate.complete(Unit)
        closer.join()
        mock.core.reporting.stats().sent shouldBe 10
        failures.reasons() shouldBe listOf(ReportRejectedException.Reason.CLOSED)
    }

    "flush waits until the reports queued before it are done" {
        val gate = CompletableDeferred<Unit>()
        reporterMock(Failures(), answer = { gate.await(); null }).use { mock ->
            val r = mock.core.reporting
            repeat(3) { r.enqueueUsage(usage(value = it.toLong())) }
            coroutineScope {
                val flushed = async { r.flush(Duration.ofSeconds(30)) }
                waitUntil("the reports are in flight") { r.stats().inFlight == 3 }
                flushed.isCompleted shouldBe false
                gate.complete(Unit)
                flushed.await() shouldBe true
            }
            r.stats().sent shouldBe 3
        }
    }

    "an enqueue timeout makes a full queue wait for room" {
        val gate = CompletableDeferred<Unit>()
        reporterMock(Failures(), reporter = {
            queueCapacity = 1; senders = 1; enqueueTimeout = Duration.ofSeconds(30)
        }, answer = { gate.await(); null }).use { mock ->
            val r = mock.core.reporting
            r.enqueueUsage(usage(value = 1)) shouldBe true
            waitUntil("in flight") { r.stats().inFlight == 1 }
            r.enqueueUsage(usage(value = 2)) shouldBe true
            var accepted: Boolean? = null
            val blocked = thread { accepted = r.enqueueUsage(usage(value = 3)) }
            waitUntil("the enqueuer is blocked") { blocked.state == Thread.State.TIMED_WAITING }
            gate.complete(Unit)
            blocked.join()
            accepted shouldBe true
            r.flush(Duration.ofSeconds(10)) shouldBe true
            r.stats().sent shouldBe 3
        }
    }

    "a report that fails after its retries goes to the handler with the exception" {
        val failures = Failures()
        reporterMock(failures, maxRetries = 1, answer = { 503 to """{"detail":"down"}""" }).use { mock ->
            val r = mock.core.reporting
            val set = usage(value = 7)
            r.enqueueUsage(set) shouldBe true
            r.flush(Duration.ofSeconds(30)) shouldBe true
            mock.requests.size shouldBe 2 // SET: retried once
            val (report, error) = failures.all.single()
            report shouldBe PendingReport.Usage(set)
            error.shouldBeInstanceOf<InternalServerException>().attempts shouldBe 2
            r.stats().retried shouldBe 1
            r.stats().failed shouldBe 1

            val delta = usage(value = 8, behaviour = UsageBehaviour.DELTA)
            r.enqueueUsage(delta) shouldBe true
            r.flush(Duration.ofSeconds(30)) shouldBe true
            mock.requests.size shouldBe 3 // DELTA: a 503 may have been counted, so no retry
            failures.all[1].first shouldBe PendingReport.Usage(delta)
            failures.all[1].second.shouldBeInstanceOf<InternalServerException>().attempts shouldBe 1
            r.stats().retried shouldBe 1
            r.stats().failed shouldBe 2
            r.stats().sent shouldBe 0
        }
    }

    "an event is retried with the idempotency key it was enqueued with" {
        val calls = AtomicInteger()
        val failures = Failures()
        reporterMock(failures, maxRetries = 2, answer = { if (calls.getAndIncrement() == 0) 503 to """{"detail":"down"}""" else null }).use { mock ->
            val e = event()
            mock.core.reporting.enqueueEvent(e) shouldBe true
            mock.core.reporting.flush(Duration.ofSeconds(30)) shouldBe true
            mock.requests.size shouldBe 2
            mock.requests.map { Json.parseToJsonElement(it.body!!).jsonObject["idempotencyKey"]!!.jsonPrimitive.content } shouldBe
                listOf(e.idempotencyKey, e.idempotencyKey)
            mock.core.reporting.stats().sent shouldBe 1
            mock.core.reporting.stats().retried shouldBe 1
            failures.all.size shouldBe 0
        }
    }

    "every report is acknowledged or handed to the handler, under load and across close" {
        val failures = Failures()
        val calls = AtomicInteger()
        val mock = reporterMock(failures, reporter = { queueCapacity = 50; closeTimeout = Duration.ofMillis(200) }, answer = {
            when (calls.incrementAndGet() % 5) {
                0 -> 500 to """{"detail":"boom"}"""
                1 -> 400 to """{"detail":"bad"}"""
                else -> null
            }
        })
        val total = 400
        val producers = List(4) { p ->
            thread { repeat(total / 4) { i -> mock.core.reporting.enqueueUsage(usage(customerId = "c$p", value = i.toLong())) } }
        }
        producers.forEach { it.join() }
        mock.close()
        val stats = mock.core.reporting.stats()
        stats.sent + failures.all.size shouldBe total
        stats.enqueued + stats.rejected shouldBe total
        stats.sent + stats.failed shouldBe stats.enqueued
        stats.queueDepth shouldBe 0
        stats.inFlight shouldBe 0
        // Each request was answered (sent, or failed with the server's error) or cut short by close (CLOSE_TIMEOUT).
        val answeredFailures = failures.all.count { it.second is InternalServerException || it.second is BadRequestException }
        val cutShort = failures.all.count { (it.second as? ReportRejectedException)?.reason == ReportRejectedException.Reason.CLOSE_TIMEOUT }
        mock.requests.size.toLong() shouldBeGreaterThanOrEqual stats.sent + answeredFailures
        mock.requests.size.toLong() shouldBeLessThanOrEqual stats.sent + answeredFailures + cutShort
    }

    "a queued report invalidates the customer's cached entitlements once sent" {
        MockKelviq(
            MockKelviq.testConfig { entitlementCache = EntitlementCacheConfig.DEFAULT },
            { request ->
                if (request.url.encodedPath.contains("/entitlements/")) respondJson(WireFixtures.ENTITLEMENTS_JSON)
                else respondJson(WireFixtures.reportUsage.response)
            },
        ).use { mock ->
            mock.core.entitlements.hasAccess("c1", "seats")
            mock.core.reporting.enqueueUsage(usage("c1"))
            mock.core.reporting.flush(Duration.ofSeconds(10)) shouldBe true
            mock.core.entitlements.hasAccess("c1", "seats")
            mock.requests.count { it.url.contains("/entitlements/") } shouldBe 2
        }
    }

    "close() from inside the failure handler (on a sender) returns at once; the rest of the close still happens" {
        val returnedWithin = CompletableDeferred<Long>()
        lateinit var mock: MockKelviq
        val handler = ReportFailureHandler { _, _ ->
            val started = System.nanoTime()
            mock.core.close()
            returnedWithin.complete((System.nanoTime() - started) / 1_000_000)
        }
        mock = MockKelviq(MockKelviq.testConfig { reporter(ReporterConfig.builder().closeTimeout(Duration.ofSeconds(10)).failureHandler(handler).build()) })
        mock.use {
            mock.answer("""{"detail":"bad"}""", 400)
            mock.core.reporting.enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("e").build())
            returnedWithin.await() shouldBeLessThanOrEqual 1_000L
            mock.core.isClosed shouldBe true
            waitUntil("the failed send is finished") { mock.core.reporting.stats().inFlight == 0 }
        }
    }

    "the JVM-exit hook is opt-out: shutdownHook(false) is kept by the config and shown" {
        val config = ReporterConfig.builder().shutdownHook(false).build()
        config.shutdownHook shouldBe false
        config.toBuilder().build().shutdownHook shouldBe false
        ReporterConfig.DEFAULT.shutdownHook shouldBe true
        config.toString().contains("shutdownHook=false") shouldBe true
    }
})
