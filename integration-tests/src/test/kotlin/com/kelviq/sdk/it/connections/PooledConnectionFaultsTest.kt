package com.kelviq.sdk.it.connections

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.HttpEngine
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.it.connections.ScriptedHttpServer.Act
import com.kelviq.sdk.it.reliability.Rigs
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeLessThan
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.delay
import java.time.Duration

/**
 * Faults on pooled (reused) connections, against a scripted server: whatever the connection does, a request
 * is sent again only under API.md's rules, so a `DELTA` report is never counted twice, and no call outlives
 * its timeout. On CIO (one connection per POST) the same rules hold; the specs run on both engines.
 */
class PooledConnectionFaultsTest : FunSpec({
    lateinit var server: ScriptedHttpServer
    lateinit var core: KelviqCore

    beforeEach {
        server = ScriptedHttpServer()
        server.answerBody = USAGE_ANSWER
        core = Rigs.rawServerCore(server.baseUrl, Duration.ofSeconds(2))
    }
    afterEach {
        core.close()
        server.close()
    }

    fun deltas() = server.requests.count { it.startsWith("POST /api/v1/report/usage/") && it.contains("\"DELTA\"") }

    test("the server closes an idle pooled connection (FIN): the next DELTA goes out on a fresh one, counted once") {
        server.then(Act.ANSWER_THEN_FIN)
        core.reporting.reportUsage(Rigs.delta(1))
        delay(400) // the FIN has arrived
        core.reporting.reportUsage(Rigs.delta(1))
        deltas() shouldBe 2
        server.connectionCount shouldBe 2
    }

    test("the server resets an idle pooled connection (RST): the next DELTA goes out on a fresh one, counted once") {
        server.then(Act.ANSWER_THEN_RST)
        core.reporting.reportUsage(Rigs.delta(1))
        delay(400)
        core.reporting.reportUsage(Rigs.delta(1))
        deltas() shouldBe 2
    }

    test("a DELTA dropped after the server read it, on a reused connection, is not sent again") {
        core.reporting.reportUsage(Rigs.delta(1)) // opens the pooled connection
        server.then(Act.DROP_AFTER_READ)
        shouldThrow<KelviqIoException> { core.reporting.reportUsage(Rigs.delta(1)) }
        deltas() shouldBe 2 // the first report and the one dropped: no resend, by the JDK or by us
    }

    test("a DELTA whose body the server never read is not resent either: nothing proves it was not processed") {
        core.reporting.reportUsage(Rigs.delta(1))
        server.then(Act.DROP_BEFORE_BODY)
        shouldThrow<KelviqIoException> { core.reporting.reportUsage(Rigs.delta(1)) }
        server.requests.count { it.startsWith("POST /api/v1/report/usage/") } shouldBe 2
    }

    test("a SET dropped before its body was read is resent (harmless to repeat) and succeeds") {
        core.reporting.reportUsage(Rigs.set(7))
        server.then(Act.DROP_BEFORE_BODY)
        core.reporting.reportUsage(Rigs.set(7)).value shouldBe 1L // the scripted answer's value
        server.requests.count { it.startsWith("POST /api/v1/report/usage/") } shouldBe 3
    }

    test("a connection dying mid-body: a DELTA fails without a resend, a safe read is retried and succeeds") {
        core.reporting.reportUsage(Rigs.delta(1))
        server.then(Act.DIE_MID_BODY)
        shouldThrow<KelviqIoException> { core.reporting.reportUsage(Rigs.delta(1)) }
        deltas() shouldBe 2
        server.answerBody = CUSTOMER_ANSWER
        server.then(Act.DIE_MID_BODY)
        core.customers.retrieve("c1").customerId shouldBe "c1"
        server.requests.count { it.startsWith("GET /api/v1/customers/c1/") } shouldBe 2
    }

    test("a server that never answers: the call ends with KelviqTimeoutException within its timeout, DELTA not resent") {
        core.reporting.reportUsage(Rigs.delta(1))
        server.then(Act.HANG)
        val started = System.nanoTime()
        shouldThrow<KelviqTimeoutException> {
            core.reporting.reportUsage(Rigs.delta(1), com.kelviq.sdk.RequestOptions.builder().timeout(Duration.ofMillis(500)).build())
        }
        ((System.nanoTime() - started) / 1_000_000).toInt() shouldBeLessThan 2_000
        deltas() shouldBe 2
    }

    test("the engine under test is the one the run asked for") {
        Rigs.ENGINE shouldBe HttpEngine.valueOf(System.getProperty("kelviq.test.engine", "JAVA"))
    }
}) {
    private companion object {
        const val USAGE_ANSWER = """{"value":1,"customerId":"cust-1","featureId":"api-calls","behaviour":"DELTA","orgId":"o",""" +
            """"eventName":"e","idempotencyKey":"k","timestamp":"2025-05-23 10:30:00.123456"}"""
        const val CUSTOMER_ANSWER = """{"id":"u1","customerId":"c1","name":null,"email":null,"details":{},"metadata":{},""" +
            """"createdOn":"2025-06-04T06:03:30.195790Z","modifiedOn":"2025-06-04T06:03:30.195790Z"}"""
    }
}
