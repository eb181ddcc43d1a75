package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testing.TolerantAnswersServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.toList
import java.time.Instant

/** Answers the published OpenAPI allows, over real HTTP, read by the coroutines flavour (issue 22). */
class TolerantAnswersTest : FunSpec({
    test("hasAccess on meters whose resetAt is no date answers from the official rule") {
        TolerantAnswersServer().use { server ->
            KelviqClient(server.config()).use { kelviq ->
                kelviq.entitlements.hasAccess("c1", "soft") shouldBe false
                kelviq.entitlements.hasAccess("c1", "unlimited") shouldBe true
                val soft = kelviq.entitlements.getEntitlement("c1", "soft")!!
                soft.remaining shouldBe -2L
                soft.resetAt.shouldBeNull()
                soft.items.single().resetAtText shouldBe TolerantAnswersServer.RESET_AT
            }
        }
    }

    test("a 200 to a DELTA with an unreadable timestamp returns the report; the server counted one") {
        TolerantAnswersServer().use { server ->
            KelviqClient(server.config()).use { kelviq ->
                val report = kelviq.reporting.reportUsage(value = 3, customerId = "c1", featureId = "api-calls", behaviour = UsageBehaviour.DELTA)
                report.value shouldBe 3L
                report.timestamp.shouldBeNull()
                report.timestampText shouldBe "soon"
                server.usageReportsReceived() shouldBe 1
            }
        }
    }

    test("a customer page with unreadable dates lists every customer, the text kept") {
        TolerantAnswersServer().use { server ->
            KelviqClient(server.config()).use { kelviq ->
                val all = kelviq.customers.listAll().toList()
                all.map { it.customerId } shouldBe listOf("c1", "c2")
                all[0].createdOn.shouldBeNull()
                all[0].createdOnText shouldBe "yesterday"
                all[1].createdOn shouldBe Instant.parse("2025-06-04T06:03:30Z")
                all[1].modifiedOnText shouldBe "later"
            }
        }
    }
})
