package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.ReportFailureHandler
import com.kelviq.sdk.ReportOutcomes
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.util.concurrent.ConcurrentHashMap

/**
 * Every report handed to the failure handler says whether it may have been processed (ReportOutcomes): a handler
 * that re-sends only the certainly-unprocessed ones can never count a report twice.
 */
class FailureOutcomesTest : FunSpec({
    val events = RequestMatcher.pathPrefix("/api/v1/report/event")

    class Heard : ReportFailureHandler {
        val outcomes = ConcurrentHashMap<String, Boolean>()
        override fun onFailure(report: PendingReport, error: Throwable?) {
            outcomes[(report as PendingReport.Event).params.idempotencyKey!!] = ReportOutcomes.possiblyProcessed(error)
        }
    }

    fun event(key: String) = ReportEventParams.builder().customerId(Rigs.CUSTOMER).eventName("outcome.test").idempotencyKey(key).build()

    test("refused with a 4xx: not processed; 5xx and a timeout after sending: possibly; a refused connection: not") {
        KelviqTestServer.start().use { server ->
            Rigs.seed(server)
            val heard = Heard()
            Rigs.fastCore(server, maxRetries = 0) {
                timeout(Duration.ofMillis(300)).reporter(ReporterConfig.builder().senders(1).failureHandler(heard).build())
            }.use { core ->
                server.failNext(events, 1, 400)
                core.reporting.enqueueEvent(event("bad-request"))
                core.reporting.flush(Duration.ofSeconds(5))
                server.failNext(events, 1, 503)
                core.reporting.enqueueEvent(event("server-error"))
                core.reporting.flush(Duration.ofSeconds(5))
                server.delayNext(events, 1, Duration.ofMillis(1_000))
                core.reporting.enqueueEvent(event("timed-out"))
                core.reporting.flush(Duration.ofSeconds(5))
            }
            Rigs.fastCore(server.configBuilder().baseUrl("http://127.0.0.1:${Rigs.closedPort()}")
                .edgeUrl("http://127.0.0.1:${Rigs.closedPort()}/edge").maxRetries(0)
                .reporter(ReporterConfig.builder().failureHandler(heard).build()).build()).use { core ->
                core.reporting.enqueueEvent(event("refused-connection"))
                core.reporting.flush(Duration.ofSeconds(5))
            }
            heard.outcomes shouldBe mapOf("bad-request" to false, "server-error" to true, "timed-out" to true, "refused-connection" to false)
        }
    }

    test("queue full and enqueued after close: not processed; at the close deadline, queued: not, in flight: possibly") {
        KelviqTestServer.start().use { server ->
            Rigs.seed(server)
            val heard = Heard()
            val core = Rigs.fastCore(server, maxRetries = 0) {
                reporter(ReporterConfig.builder().senders(1).queueCapacity(2).closeTimeout(Duration.ofMillis(300)).failureHandler(heard).build())
            }
            server.delayNext(events, 10, Duration.ofMillis(2_000))
            core.reporting.enqueueEvent(event("in-flight"))
            val deadline = System.nanoTime() + 5_000_000_000
            while (core.reporting.stats().inFlight == 0 && System.nanoTime() < deadline) Thread.sleep(5) // the sender has taken it
            core.reporting.enqueueEvent(event("queued-1"))
            core.reporting.enqueueEvent(event("queued-2"))
            core.reporting.enqueueEvent(event("queue-full")) shouldBe false
            core.close()
            core.reporting.enqueueEvent(event("after-close")) shouldBe false
            heard.outcomes shouldBe mapOf("in-flight" to true, "queued-1" to false, "queued-2" to false, "queue-full" to false, "after-close" to false)
        }
    }
})
