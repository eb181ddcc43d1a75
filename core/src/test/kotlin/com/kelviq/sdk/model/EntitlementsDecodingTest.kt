package com.kelviq.sdk.model

import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import java.time.Instant

/** Entitlement answers decode from camelCase and snake_case, keep unknown types, read `resetAt` as zone-less UTC. */
class EntitlementsDecodingTest : FunSpec({
    test("the documented camelCase answer") {
        MockKelviq().use { m ->
            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            val all = m.core.entitlements.getAllEntitlements("c1")
            all.entitlements[0] shouldBe EntitlementDetail("seats", "METER", true, "2025-05-22 08:27:45", true, 3, 1, 2)
            all.entitlements[0].resetAt shouldBe Instant.parse("2025-05-22T08:27:45Z")
            all.entitlements[2] shouldBe EntitlementDetail("sso", "BOOLEAN", true, null, null, null, null, null)
        }
    }

    test("snake_case keys, unknown keys ignored, unknown feature type kept") {
        MockKelviq().use { m ->
            m.answer(
                """{"customer_id":"c1","plan":"pro","entitlements":[{"feature_id":"ai","feature_type":"SOMETHING_NEW",""" +
                    """"has_access":true,"reset_at":"2025-05-22 08:27:45","hard_limit":false,"usage_limit":100,""" +
                    """"current_usage":7,"remaining":93,"display":{"label":"AI"}}]}""",
            )
            val all = m.core.entitlements.getAllEntitlements("c1")
            all.customerId shouldBe "c1"
            all.entitlements.single() shouldBe EntitlementDetail("ai", "SOMETHING_NEW", true, "2025-05-22 08:27:45", false, 100, 7, 93)
            all.entitlements.single().resetAt shouldBe Instant.parse("2025-05-22T08:27:45Z")
            val ai = all["ai"].shouldNotBeNull()
            ai.featureType shouldBe "SOMETHING_NEW"
            ai.hasAccess shouldBe true
        }
    }

    test("resetAt forms: zone-less seconds, microseconds, ISO with Z, null") {
        MockKelviq().use { m ->
            m.answer(
                """{"customerId":"c1","entitlements":[""" +
                    """{"featureId":"a","featureType":"METER","hasAccess":true,"resetAt":"2025-05-22 08:27:45"},""" +
                    """{"featureId":"b","featureType":"METER","hasAccess":true,"resetAt":"2025-05-22 08:27:45.123456"},""" +
                    """{"featureId":"c","featureType":"METER","hasAccess":true,"resetAt":"2025-05-22T08:27:45Z"},""" +
                    """{"featureId":"d","featureType":"METER","hasAccess":true,"resetAt":null}]}""",
            )
            m.core.entitlements.getAllEntitlements("c1").entitlements.map { it.resetAt } shouldBe listOf(
                Instant.parse("2025-05-22T08:27:45Z"), Instant.parse("2025-05-22T08:27:45.123456Z"),
                Instant.parse("2025-05-22T08:27:45Z"), null,
            )
        }
    }

    test("absent optional fields default: no type, null limits; hasAccess, which a type other than METER needs, as sent") {
        MockKelviq().use { m ->
            m.answer("""{"customerId":"c1","entitlements":[{"featureId":"x","hasAccess":false}]}""")
            m.core.entitlements.getAllEntitlements("c1").entitlements.single() shouldBe
                EntitlementDetail("x", "", false, null, null, null, null, null)
            m.answer("""{"customerId":"c1","entitlements":[{"featureId":"m","featureType":"METER"}]}""")
            m.core.entitlements.getAllEntitlements("c1").entitlements.single().hasAccess shouldBe false
            m.core.entitlements.getAllEntitlements("c1")["m"]!!.hasAccess shouldBe true
            m.answer("""{"customerId":"c1"}""")
            m.core.entitlements.getAllEntitlements("c1").entitlements shouldBe emptyList()
        }
    }
})
