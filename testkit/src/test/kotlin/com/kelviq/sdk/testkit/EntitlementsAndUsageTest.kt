package com.kelviq.sdk.testkit

import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.BadRequestException
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import java.time.Instant

class EntitlementsAndUsageTest : StringSpec({
    val fixture = specServer()
    val server = fixture.server
    val core = fixture.core
    val raw = fixture.raw

    suspend fun report(value: Long, behaviour: UsageBehaviour, feature: String = "api-calls") =
        core.reporting.reportUsage(ReportUsageParams.builder().value(value).customerId("c1").featureId(feature).behaviour(behaviour).build())

    "the edge answers seeded entries in the contract's shape, filtered by feature_id" {
        server.grant(
            EntitlementGrant.builder("c1", "api-calls").type("METER").usageLimit(100).hardLimit(true).currentUsage(40)
                .resetAt(Instant.parse("2025-05-22T08:27:45Z")).build(),
        )
        server.grant("c1", "sso", "BOOLEAN", null, false)
        raw.get("/edge/api/v1/entitlements/?customer_id=c1").body shouldBe
            """{"customerId":"c1","entitlements":[""" +
            """{"featureId":"api-calls","featureType":"METER","hasAccess":true,"resetAt":"2025-05-22 08:27:45","hardLimit":true,"usageLimit":100,"currentUsage":40,"remaining":60},""" +
            """{"featureId":"sso","featureType":"BOOLEAN","hasAccess":true,"resetAt":null,"hardLimit":false,"usageLimit":null,"currentUsage":null,"remaining":null}]}"""
        raw.get("/edge/api/v1/entitlements/?customer_id=c1&feature_id=sso").json()["entitlements"].toString() shouldBe
            """[{"featureId":"sso","featureType":"BOOLEAN","hasAccess":true,"resetAt":null,"hardLimit":false,"usageLimit":null,"currentUsage":null,"remaining":null}]"""
        raw.get("/edge/api/v1/entitlements/?customer_id=nobody").body shouldBe """{"customerId":"nobody","entitlements":[]}"""
    }

    "core reads entitlements from the edge and aggregates several entries of one feature" {
        server.grant("c1", "seats", "METER", 3L, true)
        server.grant("c1", "seats", "METER", 2L, false)
        server.grant("c1", "sso")
        val seats = core.entitlements.getEntitlement("c1", "seats")!!
        seats.items.size shouldBe 2
        seats.usageLimit shouldBe 5
        seats.remaining shouldBe 5
        seats.hasAccess shouldBe true
        core.entitlements.hasAccess("c1", "sso") shouldBe true
        core.entitlements.hasAccess("c1", "nothing") shouldBe false
        core.entitlements.getAllEntitlements("c1").byFeature().keys shouldBe setOf("seats", "sso")
        server.requests().all { it.isEdge } shouldBe true
    }

    "SET replaces and DELTA adds to the usage, changing remaining" {
        server.grant("c1", "api-calls", "METER", 100L, false)
        report(30, UsageBehaviour.SET)
        server.currentUsage("c1", "api-calls") shouldBe 30
        report(5, UsageBehaviour.DELTA)
        report(5, UsageBehaviour.DELTA)
        server.currentUsage("c1", "api-calls") shouldBe 40
        core.entitlements.getEntitlement("c1", "api-calls")!!.remaining shouldBe 60
        report(10, UsageBehaviour.SET)
        core.entitlements.getEntitlement("c1", "api-calls")!!.currentUsage shouldBe 10
        server.usageReports().map { "${it.behaviour}${it.value}" } shouldBe listOf("SET30", "DELTA5", "DELTA5", "SET10")
    }

    "reaching a hard limit flips hasAccess to false; going back under restores it" {
        server.grant("c1", "api-calls", "METER", 10L, true)
        core.entitlements.hasAccess("c1", "api-calls") shouldBe true
        report(9, UsageBehaviour.DELTA)
        core.entitlements.hasAccess("c1", "api-calls") shouldBe true
        report(1, UsageBehaviour.DELTA)
        val entry = core.entitlements.getAllEntitlements("c1").entitlements.single()
        entry.hasAccess shouldBe false
        entry.remaining shouldBe 0
        core.entitlements.hasAccess("c1", "api-calls") shouldBe false
        report(3, UsageBehaviour.SET)
        core.entitlements.hasAccess("c1", "api-calls") shouldBe true
    }

    "a soft limit over quota is denied (the official rule); an unlimited meter has null remaining and access" {
        server.grant("c1", "soft", "METER", 1L, false)
        server.grant("c1", "free", "METER", null, false)
        report(5, UsageBehaviour.SET, "soft")
        report(500, UsageBehaviour.DELTA, "free")
        val soft = core.entitlements.getAllEntitlements("c1").entitlements.first { it.featureId == "soft" }
        soft.remaining shouldBe -4
        soft.hasAccess shouldBe false
        core.entitlements.getEntitlement("c1", "soft")!!.hardLimit shouldBe false
        core.entitlements.hasAccess("c1", "soft") shouldBe false
        val free = core.entitlements.getEntitlement("c1", "free")!!
        free.currentUsage shouldBe 500 // aggregated: summed, the limit unlimited
        free.usageLimit shouldBe null
        free.items.single().currentUsage shouldBe 500
        free.items.single().remaining shouldBe null
        free.hasAccess shouldBe true
    }

    "usage applies to the first METER entry of the feature only" {
        server.grant("c1", "seats", "METER", 3L, true)
        server.grant("c1", "seats", "METER", 2L, true)
        report(3, UsageBehaviour.DELTA, "seats")
        val items = core.entitlements.getEntitlement("c1", "seats")!!.items
        items.map { it.currentUsage } shouldBe listOf(3L, 0L)
        items.map { it.hasAccess } shouldBe listOf(false, true)
    }

    "the usage response echoes the report with orgId, eventName, idempotencyKey and timestamp" {
        server.grant("c1", "api-calls", "METER", 100L, false)
        val answer = raw.post("/api/v1/report/usage/", """{"value":7,"customerId":"c1","featureId":"api-calls","behaviour":"DELTA","resourceId":"r1"}""")
        answer.status shouldBe 200
        val json = answer.json()
        json.keys shouldBe setOf("value", "customerId", "featureId", "behaviour", "orgId", "eventName", "idempotencyKey", "timestamp")
        json["orgId"].toString() shouldBe "\"${KelviqTestServer.ORG_ID}\""
        val viaCore = report(1, UsageBehaviour.DELTA)
        viaCore.value shouldBe 1
        viaCore.behaviour shouldBe "DELTA"
        viaCore.orgId shouldBe KelviqTestServer.ORG_ID
        viaCore.timestamp!!.isAfter(Instant.now().minusSeconds(60)) shouldBe true
        server.usageReports().first().resourceId shouldBe "r1"
    }

    "usage of an unknown customer is refused; a negative SET is refused" {
        shouldThrow<BadRequestException> { report(1, UsageBehaviour.SET) }.fieldErrors.keys shouldBe setOf("customerId")
        server.addCustomer("c1")
        report(1, UsageBehaviour.SET).customerId shouldBe "c1" // a known customer without a meter: recorded only
        raw.post("/api/v1/report/usage/", """{"value":-1,"customerId":"c1","featureId":"f","behaviour":"SET"}""").status shouldBe 400
    }

    "revoke removes entries" {
        server.grant("c1", "a").grant("c1", "b")
        server.revoke("c1", "a")
        core.entitlements.hasAccess("c1", "a") shouldBe false
        core.entitlements.hasAccess("c1", "b") shouldBe true
        server.revokeAll("c1")
        core.entitlements.getAllEntitlements("c1").entitlements shouldBe emptyList()
    }
})
