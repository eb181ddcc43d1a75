package com.kelviq.sdk.testing

import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith

/** The shared fixtures hold together: every core operation sends exactly what its fixture expects. */
class WireFixturesTest : StringSpec({
    "core sends every fixture's request" {
        val f = WireFixtures
        MockKelviq().use { m ->
            suspend fun <I> run(fx: WireFixture<I>, call: suspend (I) -> Any?): Any? {
                fx.answerOn(m)
                val out = call(fx.input)
                fx.assertSent(m.last)
                return out
            }
            run(f.createCustomer) { m.core.customers.create(it) } shouldBe f.EXPECTED_CUSTOMER
            run(f.retrieveCustomer) { m.core.customers.retrieve(it) } shouldBe f.EXPECTED_CUSTOMER
            run(f.updateCustomer) { m.core.customers.update(it) } shouldBe f.EXPECTED_CUSTOMER
            run(f.listCustomers) { m.core.customers.list(it).results.single() } shouldBe f.EXPECTED_CUSTOMER
            run(f.archiveCustomer) { m.core.customers.archive(it) } shouldBe f.EXPECTED_ARCHIVE
            run(f.createCheckoutSession) { m.core.checkout.createSession(it) } shouldBe f.EXPECTED_CHECKOUT
            run(f.hasAccess) { m.core.entitlements.hasAccess(it.first, it.second) } shouldBe true
            run(f.getEntitlement) { m.core.entitlements.getEntitlement(it.first, it.second)?.usageLimit } shouldBe 5L
            run(f.getAllEntitlements) { m.core.entitlements.getAllEntitlements(it).entitlements.size } shouldBe 3
            run(f.reportUsage) { m.core.reporting.reportUsage(it).orgId } shouldBe "org_1"
            run(f.reportEvent) { m.core.reporting.reportEvent(it).properties } shouldBe mapOf("endpoint" to "/search", "ms" to 42L, "ok" to true)
            run(f.updateSubscription) { m.core.subscriptions.update(it) } shouldBe f.EXPECTED_SUBSCRIPTION_UPDATE
            run(f.cancelSubscription) { m.core.subscriptions.cancel(it) } shouldBe f.EXPECTED_CANCELLATION
            run(f.listSubscriptions) { m.core.subscriptions.list(it).results.single().status } shouldBe "active"
            run(f.retrieveSubscription) { m.core.subscriptions.retrieve(it).plan?.identifier } shouldBe "plan-pro"
            run(f.createSubscription) { m.core.subscriptions.create(it).amount } shouldBe "49.00"
            m.requests.size shouldBe f.all().size
            m.last.header("User-Agent")!! shouldStartWith "kelviq-sdk-jvm/"
        }
    }
})
