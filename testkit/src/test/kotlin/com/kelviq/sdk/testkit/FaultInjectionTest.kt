package com.kelviq.sdk.testkit

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqDecodingException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.throwables.shouldThrowAny
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import java.io.IOException
import java.time.Duration

class FaultInjectionTest : StringSpec({
    val server = KelviqTestServer.start()
    val core = KelviqCore.create(server.config())
    val noRetries = KelviqCore.create(server.configBuilder().maxRetries(0).build())
    val raw = RawClient(server)
    afterSpec {
        core.close()
        noRetries.close()
        server.close()
    }
    beforeTest { server.reset() }

    val retryAfterZero = mapOf("Retry-After" to "0")
    fun delta(value: Long) = ReportUsageParams.builder().value(value).customerId("c1").featureId("api").behaviour(UsageBehaviour.DELTA).build()

    "failNext answers the next N requests with the status, headers and body given" {
        server.failNext(2, 418, mapOf("X-Test" to "yes"), """{"detail":"teapot"}""")
        repeat(2) {
            val answer = raw.get("/api/v1/customers/")
            answer.status shouldBe 418
            answer.header("X-Test") shouldBe "yes"
            answer.body shouldBe """{"detail":"teapot"}"""
        }
        raw.get("/api/v1/customers/").status shouldBe 200
        server.pendingFaults() shouldBe 0
    }

    "a safe read retries through 503 + Retry-After: 0 and succeeds" {
        server.addCustomer("c1")
        server.failNext(2, 503, retryAfterZero)
        core.customers.retrieve("c1").customerId shouldBe "c1"
        server.requestCount() shouldBe 3
    }

    "more failures than retries surface the last status" {
        server.addCustomer("c1")
        server.failNext(3, 503, retryAfterZero)
        val error = shouldThrow<InternalServerException> { core.customers.retrieve("c1") }
        error.statusCode shouldBe 503
        error.attempts shouldBe 3
        error.rawBody shouldBe """{"detail":"Injected failure (503)."}"""
    }

    "a create is not retried on 503, and a failed request is not processed" {
        server.failNext(1, 503, retryAfterZero)
        shouldThrow<InternalServerException> { core.customers.create(CreateCustomerParams.builder().customerId("c1").build()) }
        server.requestCount() shouldBe 1
        server.hasCustomer("c1") shouldBe false
    }

    "a matcher limits the fault to matching requests: DELTA retried on 429 is counted once" {
        server.grant("c1", "api", "METER", 100L, true)
        server.failNext(RequestMatcher.of("POST", "/api/v1/report/usage/"), 1, 429, retryAfterZero)
        core.entitlements.hasAccess("c1", "api") shouldBe true // not matched: served normally
        core.reporting.reportUsage(delta(5)).value shouldBe 5
        server.currentUsage("c1", "api") shouldBe 5
        server.requestCount(RequestMatcher.pathPrefix("/api/v1/report/usage/")) shouldBe 2
        server.usageReports().size shouldBe 1
    }

    "a lambda matcher works" {
        server.failNext({ it.body.contains("\"c2\"") }, 1, 500)
        raw.post("/api/v1/customers/", """{"customerId":"c1"}""").status shouldBe 201
        raw.post("/api/v1/customers/", """{"customerId":"c2"}""").status shouldBe 500
        server.hasCustomer("c2") shouldBe false
    }

    "dropNext closes the connection without answering" {
        server.dropNext(1)
        shouldThrow<IOException> { raw.post("/api/v1/customers/", """{"customerId":"c1"}""") }
        server.hasCustomer("c1") shouldBe false
        server.requestCount() shouldBe 1
        raw.post("/api/v1/customers/", """{"customerId":"c1"}""").status shouldBe 201
    }

    "through core, a dropped read is a KelviqIoException without retries and succeeds with them" {
        server.addCustomer("c1")
        // The JDK client (default engine) resends a GET once by itself when a pooled connection turns out to be
        // closed before any response byte (README, "Connections"): so drop that resend too, then count.
        server.dropNext(2)
        shouldThrow<KelviqIoException> { noRetries.customers.retrieve("c1") }
        val withoutRetries = server.requestCount()
        (withoutRetries in 1..2) shouldBe true // 2 only when the JDK resent it on a reused connection
        server.clearFaults()
        server.dropNext(1)
        core.customers.retrieve("c1").customerId shouldBe "c1"
        (server.requestCount() - withoutRetries in 2..3) shouldBe true // our retry, plus at most one JDK resend
        server.requestCount(RequestMatcher.of("GET", "/api/v1/customers/c1/")) shouldBe server.requestCount()
    }

    "a dropped DELTA report is not retried (it may have been processed)" {
        server.grant("c1", "api", "METER", 100L, true)
        server.dropNext(RequestMatcher.method("POST"), 1)
        shouldThrow<KelviqIoException> { core.reporting.reportUsage(delta(5)) }
        server.requestCount() shouldBe 1
    }

    "delayNext answers after the delay; the request is processed at once" {
        server.grant("c1", "api", "METER", 100L, true)
        server.delayNext(1, Duration.ofMillis(50))
        core.entitlements.hasAccess("c1", "api") shouldBe true
        server.delayNext(1, Duration.ofSeconds(5))
        val error = shouldThrowAny {
            noRetries.reporting.reportUsage(delta(7), RequestOptions.builder().timeout(Duration.ofMillis(300)).build())
        }
        error.shouldBeInstanceOf<KelviqTimeoutException>()
        server.currentUsage("c1", "api") shouldBe 7 // processed although the client gave up
    }

    "malformedNext answers 200 with invalid JSON" {
        server.addCustomer("c1")
        server.malformedNext(1)
        val answer = raw.get("/api/v1/customers/c1/")
        answer.status shouldBe 200
        shouldThrowAny { answer.json() }
        server.malformedNext(RequestMatcher.pathPrefix("/api/v1/customers/c1/"), 1)
        shouldThrow<KelviqDecodingException> { core.customers.retrieve("c1") }
        core.customers.retrieve("c1").customerId shouldBe "c1"
    }

    "faults are taken in order and clearFaults cancels the rest" {
        server.failNext(1, 500).malformedNext(1).dropNext(1)
        server.pendingFaults() shouldBe 3
        raw.get("/api/v1/customers/").status shouldBe 500
        server.clearFaults()
        server.pendingFaults() shouldBe 0
        raw.get("/api/v1/customers/").status shouldBe 200
    }
})
