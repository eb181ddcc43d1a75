package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** A usage report the server accepted updates the cached entitlement at once, without a refetch. */
class OptimisticUsageTest : FunSpec({
    test("a DELTA reaching the hard limit flips hasAccess with no GET; SET replaces; an event makes the server win again") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1").grant("c1", "api-calls", "METER", 3L, true).grant("c1", "sso")
            val edge = RequestMatcher.pathPrefix("/edge/")
            KelviqClient(server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build()).use { kelviq ->
                kelviq.entitlements.hasAccess("c1", "api-calls") shouldBe true
                server.requestCount(edge) shouldBe 1

                kelviq.reporting.reportUsage(value = 2, customerId = "c1", featureId = "api-calls", behaviour = UsageBehaviour.DELTA)
                kelviq.entitlements.getEntitlement("c1", "api-calls")!!.remaining shouldBe 1L
                kelviq.entitlements.hasAccess("c1", "api-calls") shouldBe true
                kelviq.reporting.reportUsage(value = 1, customerId = "c1", featureId = "api-calls", behaviour = UsageBehaviour.DELTA)
                kelviq.entitlements.hasAccess("c1", "api-calls") shouldBe false
                server.requestCount(edge) shouldBe 1

                kelviq.reporting.reportUsage(value = 1, customerId = "c1", featureId = "api-calls", behaviour = UsageBehaviour.SET)
                kelviq.entitlements.getEntitlement("c1", "api-calls")!!.currentUsage shouldBe 1L
                kelviq.entitlements.hasAccess("c1", "api-calls") shouldBe true
                kelviq.entitlements.hasAccess("c1", "sso") shouldBe true // other features untouched
                server.requestCount(edge) shouldBe 1
                server.currentUsage("c1", "api-calls") shouldBe 1L

                kelviq.reporting.reportEvent(customerId = "c1", eventName = "api_call") // events invalidate
                kelviq.entitlements.getEntitlement("c1", "api-calls")!!.currentUsage shouldBe server.currentUsage("c1", "api-calls")
                server.requestCount(edge) shouldBe 2
            }
        }
    }

    test("a usage report for a feature without a cached METER entry invalidates instead") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1").grant("c1", "sso")
            val edge = RequestMatcher.pathPrefix("/edge/")
            KelviqClient(server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build()).use { kelviq ->
                kelviq.entitlements.hasAccess("c1", "sso") shouldBe true
                server.grant("c1", "seats", "METER", 5L, true)
                kelviq.reporting.reportUsage(value = 5, customerId = "c1", featureId = "seats", behaviour = UsageBehaviour.SET)
                kelviq.entitlements.hasAccess("c1", "seats") shouldBe false // refetched: the server's 5 of 5
                server.requestCount(edge) shouldBe 2
            }
        }
    }
})
