package com.kelviq.sdk.testkit

import com.kelviq.sdk.testing.checkout
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.futures
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.subscriptions
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.model.UsageBehaviour
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.toList

/** Drives every core operation, suspend and CompletableFuture, against the server: each must pass its contract checks. */
class EveryOperationTest : StringSpec({
    val server = KelviqTestServer.start()
    val core = KelviqCore.create(server.configBuilder().maxRetries(0).build())
    afterSpec {
        core.close()
        server.close()
    }

    "all sixteen operations succeed through core's suspend services" {
        val customers = core.customers
        customers.create(CreateCustomerParams.builder().customerId("c1").email("a@b.co").name("Ann").metadata(mapOf("k" to "v")).build())
        customers.retrieve("c1").email shouldBe "a@b.co"
        customers.update(UpdateCustomerParams.builder().customerId("c1").email("ann@b.co").build()).email shouldBe "ann@b.co"
        customers.list(ListCustomersParams.builder().page(1).pageSize(100).search("ann").build()).count shouldBe 1
        customers.listAll().toList().size shouldBe 1

        core.checkout.createSession(
            CreateCheckoutSessionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://x.co/ok").build(),
        ).checkoutSessionId.isNotEmpty() shouldBe true

        server.grant("c1", "api", "METER", 10L, true)
        core.reporting.reportUsage(ReportUsageParams.builder().value(10).customerId("c1").featureId("api").behaviour(UsageBehaviour.SET).build())
        core.reporting.reportEvent(ReportEventParams.builder().customerId("c1").eventName("login").build())
        core.entitlements.hasAccess("c1", "api") shouldBe false
        core.entitlements.getEntitlement("c1", "api")!!.remaining shouldBe 0
        core.entitlements.getAllEntitlements("c1").entitlements.size shouldBe 1

        val subs = core.subscriptions
        val sub = subs.create(CreateSubscriptionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId("c1").build())
        subs.retrieve(sub.id).status shouldBe "active"
        subs.update(UpdateSubscriptionParams.builder().subscriptionId(sub.id).planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY).build())
        subs.list(ListSubscriptionsParams.builder().customerId("c1").status("active").build()).count shouldBe 1
        subs.listAll().toList().single().plan!!.identifier shouldBe "plan-team"
        subs.cancel(CancelSubscriptionParams.builder().subscriptionId(sub.id).cancellationType(CancellationType.IMMEDIATE).build())
        server.subscriptionStatus(sub.id) shouldBe "canceled"

        customers.archive("c1")
        server.hasCustomer("c1") shouldBe false
        server.requests().none { it.method == "GET" && it.path.contains("/edge/") && !it.path.startsWith("/edge/api/v1/entitlements/") } shouldBe true
    }

    "the CompletableFuture bridge works against the server" {
        server.addCustomer("f1")
        core.futures.retrieveCustomer("f1").get().customerId shouldBe "f1"
    }
})
