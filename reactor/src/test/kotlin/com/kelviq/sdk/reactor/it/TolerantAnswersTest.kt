package com.kelviq.sdk.reactor.it

import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.reactor.ReactorKelviqClient
import com.kelviq.sdk.testing.TolerantAnswersServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import java.time.Duration

/** Answers the published OpenAPI allows, over real HTTP, read by the Reactor flavour (issue 22). */
class TolerantAnswersTest : FunSpec({
    val wait = Duration.ofSeconds(10)

    test("hasAccess on meters whose resetAt is no date answers from the official rule") {
        TolerantAnswersServer().use { server ->
            ReactorKelviqClient.create(server.config()).use { kelviq ->
                kelviq.entitlements().hasAccess("c1", "soft").block(wait) shouldBe false
                kelviq.entitlements().hasAccess("c1", "unlimited").block(wait) shouldBe true
                kelviq.entitlements().getEntitlement("c1", "soft").block(wait)!!.items.single().resetAtText shouldBe TolerantAnswersServer.RESET_AT
            }
        }
    }

    test("a 200 to a DELTA with an unreadable timestamp returns the report; the server counted one") {
        TolerantAnswersServer().use { server ->
            ReactorKelviqClient.create(server.config()).use { kelviq ->
                val params = ReportUsageParams.builder().value(3).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.DELTA).build()
                val report = kelviq.reporting().reportUsage(params).block(wait)!!
                report.timestamp.shouldBeNull()
                report.timestampText shouldBe "soon"
                server.usageReportsReceived() shouldBe 1
            }
        }
    }

    test("a customer page with unreadable dates lists every customer, the text kept") {
        TolerantAnswersServer().use { server ->
            ReactorKelviqClient.create(server.config()).use { kelviq ->
                val all = kelviq.customers().listAll().collectList().block(wait)!!
                all.map { it.customerId } shouldBe listOf("c1", "c2")
                all[0].createdOnText shouldBe "yesterday"
                all[0].createdOn.shouldBeNull()
            }
        }
    }
})
