package com.kelviq.sdk.model

import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.MockKelviq
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.time.Instant

/** Usage and event answers decode from camelCase and snake_case, with microsecond zone-less timestamps. */
class ReportingDecodingTest : FunSpec({
    val usage = ReportUsageParams.builder().value(150).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build()
    val event = ReportEventParams.builder().customerId("c1").eventName("api_call").build()

    test("the documented usage answer") {
        MockKelviq().use { m ->
            m.answer(
                """{"value":150,"customerId":"c1","featureId":"api-calls","behaviour":"SET","orgId":"org_1","eventName":"api-calls",""" +
                    """"idempotencyKey":"k1","timestamp":"2025-05-23 10:30:00.123456"}""",
            )
            val r = m.core.reporting.reportUsage(usage)
            r shouldBe UsageReport(150, "c1", "api-calls", "SET", "org_1", "api-calls", "k1", "2025-05-23 10:30:00.123456")
            r.timestamp shouldBe Instant.parse("2025-05-23T10:30:00.123456Z")
        }
    }

    test("usage in snake_case, a numeric orgId and an unknown behaviour") {
        MockKelviq().use { m ->
            m.answer(
                """{"value":3,"customer_id":"c1","feature_id":"f","behaviour":"INCREMENT","org_id":42,"event_name":"f",""" +
                    """"idempotency_key":"k2","timestamp":"2025-05-23 10:30:00","unknown":1}""",
            )
            val r = m.core.reporting.reportUsage(usage)
            r shouldBe UsageReport(3, "c1", "f", "INCREMENT", "42", "f", "k2", "2025-05-23 10:30:00")
            r.timestamp shouldBe Instant.parse("2025-05-23T10:30:00Z")
        }
    }

    test("the documented event answer with plain property values") {
        MockKelviq().use { m ->
            m.answer(
                """{"customerId":"c1","eventName":"api_call","idempotencyKey":"abc","timestamp":"2025-05-23 10:30:00.123456",""" +
                    """"properties":{"endpoint":"/search","ms":42,"ratio":0.25,"ok":true,"none":null},"orgId":"org_1"}""",
            )
            val r = m.core.reporting.reportEvent(event)
            r.customerId shouldBe "c1"
            r.eventName shouldBe "api_call"
            r.idempotencyKey shouldBe "abc"
            r.timestamp shouldBe Instant.parse("2025-05-23T10:30:00.123456Z")
            r.properties shouldBe mapOf("endpoint" to "/search", "ms" to 42L, "ratio" to 0.25, "ok" to true, "none" to null)
            r.orgId shouldBe "org_1"
        }
    }

    test("an event in snake_case without properties") {
        MockKelviq().use { m ->
            m.answer("""{"customer_id":"c1","event_name":"e","idempotency_key":"k","timestamp":"2025-05-23T10:30:00Z","org_id":7}""")
            val r = m.core.reporting.reportEvent(event)
            r shouldBe EventReport("c1", "e", "k", "2025-05-23T10:30:00Z", null, "7")
            r.timestamp shouldBe Instant.parse("2025-05-23T10:30:00Z")
        }
    }
})
