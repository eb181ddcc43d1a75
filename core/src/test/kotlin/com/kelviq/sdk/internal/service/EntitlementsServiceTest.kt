package com.kelviq.sdk.internal.service

import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.WireFixtures.EDGE
import com.kelviq.sdk.testing.shouldBeRequest
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe

/** The exact requests of the entitlements area: the edge host, `customer_id` and `feature_id` queries. */
class EntitlementsServiceTest : FunSpec({
    test("getAllEntitlements sends GET {edge}/entitlements/?customer_id=") {
        MockKelviq().use { m ->
            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            val all = m.core.entitlements.getAllEntitlements("c1")
            m.last.shouldBeRequest("GET", "$EDGE/entitlements/?customer_id=c1")
            all.customerId shouldBe "c1"
            all.entitlements.map { it.featureId } shouldBe listOf("seats", "seats", "sso")
        }
    }

    test("getEntitlement and hasAccess add feature_id, on the edge host") {
        MockKelviq().use { m ->
            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            m.core.entitlements.getEntitlement("c1", "sso").shouldNotBeNull().hasAccess shouldBe true
            m.last.shouldBeRequest("GET", "$EDGE/entitlements/?customer_id=c1&feature_id=sso")
            m.core.entitlements.hasAccess("c1", "seats") shouldBe true
            m.last.shouldBeRequest("GET", "$EDGE/entitlements/?customer_id=c1&feature_id=seats")
        }
    }

    test("query values are percent-encoded") {
        MockKelviq().use { m ->
            m.answer("""{"customerId":"a/b c","entitlements":[]}""")
            m.core.entitlements.hasAccess("a/b c&d=e", "ü?#%") shouldBe false
            m.last.shouldBeRequest("GET", "$EDGE/entitlements/?customer_id=a%2Fb%20c%26d%3De&feature_id=%C3%BC%3F%23%25")
        }
    }

    test("a feature without any entry: getEntitlement is null and hasAccess false") {
        MockKelviq().use { m ->
            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            m.core.entitlements.getEntitlement("c1", "absent").shouldBeNull()
            m.core.entitlements.hasAccess("c1", "absent") shouldBe false
            m.requests.size shouldBe 2
        }
    }

    test("getEntitlement aggregates only the asked feature's entries") {
        MockKelviq().use { m ->
            m.answer(WireFixtures.ENTITLEMENTS_JSON)
            val seats = m.core.entitlements.getEntitlement("c1", "seats").shouldNotBeNull()
            seats.items.size shouldBe 2
            seats.usageLimit shouldBe 5L
            seats.currentUsage shouldBe 1L
            seats.remaining shouldBe 4L
        }
    }
})
