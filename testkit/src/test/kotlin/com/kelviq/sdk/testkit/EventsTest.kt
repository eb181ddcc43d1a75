package com.kelviq.sdk.testkit

import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.BadRequestException
import com.kelviq.sdk.model.ReportEventParams
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch
import java.time.Instant

class EventsTest : StringSpec({
    val fixture = specServer()
    val server = fixture.server
    val core = fixture.core
    val raw = fixture.raw

    "an event is recorded and echoed with orgId" {
        server.addCustomer("c1")
        val report = core.reporting.reportEvent(
            ReportEventParams.builder().customerId("c1").eventName("api_call").timestamp(Instant.parse("2025-05-23T10:30:00.123456Z"))
                .properties(mapOf("endpoint" to "/search", "ms" to 42, "ok" to true)).build(),
        )
        report.orgId shouldBe KelviqTestServer.ORG_ID
        report.timestamp shouldBe Instant.parse("2025-05-23T10:30:00.123456Z")
        report.properties shouldBe mapOf("endpoint" to "/search", "ms" to 42L, "ok" to true)
        val event = server.events().single()
        event.timestamp shouldBe "2025-05-23 10:30:00.123456"
        event.idempotencyKey shouldMatch Regex("[0-9a-f]{32}")
        event.properties shouldBe mapOf("endpoint" to "/search", "ms" to 42L, "ok" to true)
        server.eventCount("c1", "api_call") shouldBe 1
    }

    "a repeated idempotency key returns the original record and is not counted again" {
        server.addCustomer("c1")
        fun send(name: String) = raw.post(
            "/api/v1/report/event/",
            """{"customerId":"c1","eventName":"$name","idempotencyKey":"k1","timestamp":"2025-05-23 10:30:00.123456"}""",
        )
        val first = send("signup")
        val second = send("something-else")
        second.status shouldBe 200
        second.body shouldBe first.body
        server.eventCount() shouldBe 1
        server.eventCount("c1", "signup") shouldBe 1
        server.eventCount("c1", "something-else") shouldBe 0
        val params = ReportEventParams.builder().customerId("c1").eventName("login").idempotencyKey("k2").build()
        core.reporting.reportEvent(params)
        core.reporting.reportEvent(params)
        server.eventCount() shouldBe 2
    }

    "events are kept apart from usage: an event named like a METER feature does not change its usage" {
        server.grant("c1", "api-calls", "METER", 10L, true)
        core.reporting.reportEvent(ReportEventParams.builder().customerId("c1").eventName("api-calls").build())
        server.currentUsage("c1", "api-calls") shouldBe 0
        server.usageReports() shouldBe emptyList()
    }

    "an event for an unknown customer is refused" {
        shouldThrow<BadRequestException> {
            core.reporting.reportEvent(ReportEventParams.builder().customerId("ghost").eventName("e").build())
        }.fieldErrors.keys shouldBe setOf("customerId")
        server.eventCount() shouldBe 0
    }

    "properties must be strings, numbers or booleans" {
        server.addCustomer("c1")
        val answer = raw.post(
            "/api/v1/report/event/",
            """{"customerId":"c1","eventName":"e","idempotencyKey":"k","timestamp":"2025-05-23 10:30:00.123456","properties":{"a":{"b":1}}}""",
        )
        answer.status shouldBe 400
        answer.json().keys shouldBe setOf("properties")
    }
})
