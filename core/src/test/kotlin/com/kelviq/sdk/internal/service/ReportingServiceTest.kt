package com.kelviq.sdk.internal.service

import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures.API
import com.kelviq.sdk.testing.json
import com.kelviq.sdk.testing.shouldBeRequest
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.comparables.shouldBeGreaterThanOrEqualTo
import io.kotest.matchers.comparables.shouldBeLessThanOrEqualTo
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldMatch
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.time.Instant
import java.time.LocalDateTime
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit

/** The exact requests of usage reports and raw events, idempotency keys and timestamps included. */
class ReportingServiceTest : FunSpec({
    val usageAnswer = """{"value":1,"customerId":"c1","featureId":"f","behaviour":"DELTA","orgId":7,"eventName":"f",""" +
        """"idempotencyKey":"k","timestamp":"2025-05-23 10:30:00.123456"}"""
    val eventAnswer = """{"customerId":"c1","eventName":"e","idempotencyKey":"k","timestamp":"2025-05-23 10:30:00.123456","orgId":"o"}"""

    test("reportUsage SET sends POST /report/usage/ with exactly the required keys") {
        MockKelviq().use { m ->
            m.answer(usageAnswer)
            m.core.reporting.reportUsage(
                ReportUsageParams.builder().value(150).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build(),
            )
            m.last.shouldBeRequest(
                "POST", "$API/report/usage/", """{"value":150,"customerId":"c1","featureId":"api-calls","behaviour":"SET"}""",
            )
        }
    }

    test("reportUsage DELTA with a resource id, negative deltas allowed") {
        MockKelviq().use { m ->
            m.answer(usageAnswer)
            val report = m.core.reporting.reportUsage(
                ReportUsageParams.builder().value(-3).customerId("c1").featureId("seats").behaviour(UsageBehaviour.DELTA)
                    .resourceId("ws_9").build(),
            )
            m.last.shouldBeRequest(
                "POST", "$API/report/usage/",
                """{"value":-3,"customerId":"c1","featureId":"seats","behaviour":"DELTA","resourceId":"ws_9"}""",
            )
            report.orgId shouldBe "7"
            report.timestamp shouldBe Instant.parse("2025-05-23T10:30:00.123456Z")
        }
    }

    test("reportEvent sends the given key, the UTC microsecond timestamp and the properties") {
        MockKelviq().use { m ->
            m.answer(eventAnswer)
            m.core.reporting.reportEvent(
                ReportEventParams.builder().customerId("c1").eventName("api_call").idempotencyKey("my-key-1")
                    .timestamp(Instant.parse("2025-12-31T23:59:59.987654321Z")).resourceId("r1")
                    .properties(mapOf("endpoint" to "/search", "ms" to 42, "ratio" to 0.5, "ok" to true)).build(),
            )
            m.last.shouldBeRequest(
                "POST", "$API/report/event/",
                """{"customerId":"c1","eventName":"api_call","idempotencyKey":"my-key-1",""" +
                    """"timestamp":"2025-12-31 23:59:59.987654","resourceId":"r1",""" +
                    """"properties":{"endpoint":"/search","ms":42,"ratio":0.5,"ok":true}}""",
            )
        }
    }

    test("reportEvent pads the timestamp to six fraction digits") {
        MockKelviq().use { m ->
            m.answer(eventAnswer)
            m.core.reporting.reportEvent(
                ReportEventParams.builder().customerId("c1").eventName("e").idempotencyKey("k")
                    .timestamp(Instant.parse("2025-01-02T03:04:05Z")).build(),
            )
            m.last.shouldBeRequest(
                "POST", "$API/report/event/",
                """{"customerId":"c1","eventName":"e","idempotencyKey":"k","timestamp":"2025-01-02 03:04:05.000000"}""",
            )
        }
    }

    test("without key and timestamp: a 32-hex key is generated and the timestamp is now, in UTC") {
        MockKelviq().use { m ->
            m.answer(eventAnswer)
            val before = Instant.now().truncatedTo(ChronoUnit.MICROS)
            val params = ReportEventParams.builder().customerId("c1").eventName("e").build()
            val after = Instant.now()
            m.core.reporting.reportEvent(params)
            val body = m.last.json().jsonObject
            body.keys shouldBe setOf("customerId", "eventName", "idempotencyKey", "timestamp")
            val key = body["idempotencyKey"]!!.jsonPrimitive.content
            key shouldMatch Regex("[0-9a-f]{32}")
            key shouldBe params.idempotencyKey
            val ts = body["timestamp"]!!.jsonPrimitive.content
            ts shouldMatch Regex("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}")
            val sent = LocalDateTime.parse(ts, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")).toInstant(ZoneOffset.UTC)
            sent shouldBeGreaterThanOrEqualTo before
            sent shouldBeLessThanOrEqualTo after
            ReportEventParams.builder().customerId("c1").eventName("e").build().idempotencyKey shouldNotBe key
        }
    }

    test("the generated key is kept by the params: sending them twice repeats the key") {
        MockKelviq().use { m ->
            m.answer(eventAnswer)
            val params = ReportEventParams.builder().customerId("c1").eventName("e").build()
            m.core.reporting.reportEvent(params)
            m.core.reporting.reportEvent(params)
            m.requests.map { it.json().jsonObject["idempotencyKey"] }.distinct().size shouldBe 1
        }
    }

    test("newIdempotencyKey is 32 lowercase hex characters") {
        repeat(20) { ReportEventParams.newIdempotencyKey() shouldMatch Regex("[0-9a-f]{32}") }
    }
})
