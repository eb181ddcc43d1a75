package com.kelviq.sdk.coroutines

import com.kelviq.sdk.testing.checkout
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.subscriptions
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** Every operation of [KelviqClient] sends exactly core's request and returns core's result. */
class CoroutinesWireTest : FunSpec({
    val f = WireFixtures
    val mock = MockKelviq()
    val kelviq = KelviqClient(mock.core)
    afterSpec { kelviq.close() }

    test("customers.create") {
        mock.sameAsCore(f.createCustomer, { mock.core.customers.create(it) }, { kelviq.customers.create(it) }) shouldBe f.EXPECTED_CUSTOMER
    }
    test("customers.retrieve") {
        mock.sameAsCore(f.retrieveCustomer, { mock.core.customers.retrieve(it) }, { kelviq.customers.retrieve(it) }) shouldBe f.EXPECTED_CUSTOMER
    }
    test("customers.update") {
        mock.sameAsCore(f.updateCustomer, { mock.core.customers.update(it) }, { kelviq.customers.update(it) }) shouldBe f.EXPECTED_CUSTOMER
    }
    test("customers.list") {
        mock.sameAsCore(f.listCustomers, { mock.core.customers.list(it) }, { kelviq.customers.list(it) })
            .results shouldBe listOf(f.EXPECTED_CUSTOMER)
    }
    test("customers.archive") {
        mock.sameAsCore(f.archiveCustomer, { mock.core.customers.archive(it) }, { kelviq.customers.archive(it) }) shouldBe f.EXPECTED_ARCHIVE
    }
    test("checkout.createSession") {
        mock.sameAsCore(f.createCheckoutSession, { mock.core.checkout.createSession(it) }, { kelviq.checkout.createSession(it) }) shouldBe
            f.EXPECTED_CHECKOUT
    }
    test("entitlements.hasAccess") {
        mock.sameAsCore(
            f.hasAccess,
            { mock.core.entitlements.hasAccess(it.first, it.second) },
            { kelviq.entitlements.hasAccess(it.first, it.second) },
        ) shouldBe true
    }
    test("entitlements.getEntitlement") {
        mock.sameAsCore(
            f.getEntitlement,
            { mock.core.entitlements.getEntitlement(it.first, it.second) },
            { kelviq.entitlements.getEntitlement(it.first, it.second) },
        )?.usageLimit shouldBe 5L
    }
    test("entitlements.getEntitlement of a feature without entries is null") {
        mock.answer("""{"customerId":"c1","entitlements":[]}""")
        kelviq.entitlements.getEntitlement("c1", "nope") shouldBe null
        kelviq.entitlements.hasAccess("c1", "nope") shouldBe false
    }
    test("entitlements.getAllEntitlements") {
        mock.sameAsCore(f.getAllEntitlements, { mock.core.entitlements.getAllEntitlements(it) }, { kelviq.entitlements.getAllEntitlements(it) })
            .entitlements.size shouldBe 3
    }
    test("reporting.reportUsage") {
        mock.sameAsCore(f.reportUsage, { mock.core.reporting.reportUsage(it) }, { kelviq.reporting.reportUsage(it) }).orgId shouldBe "org_1"
    }
    test("reporting.reportEvent") {
        mock.sameAsCore(f.reportEvent, { mock.core.reporting.reportEvent(it) }, { kelviq.reporting.reportEvent(it) }).orgId shouldBe "org_1"
    }
    test("subscriptions.update") {
        mock.sameAsCore(f.updateSubscription, { mock.core.subscriptions.update(it) }, { kelviq.subscriptions.update(it) }) shouldBe
            f.EXPECTED_SUBSCRIPTION_UPDATE
    }
    test("subscriptions.cancel") {
        mock.sameAsCore(f.cancelSubscription, { mock.core.subscriptions.cancel(it) }, { kelviq.subscriptions.cancel(it) }) shouldBe
            f.EXPECTED_CANCELLATION
    }
    test("subscriptions.list") {
        mock.sameAsCore(f.listSubscriptions, { mock.core.subscriptions.list(it) }, { kelviq.subscriptions.list(it) })
            .results.single().status shouldBe "active"
    }
    test("subscriptions.retrieve") {
        mock.sameAsCore(f.retrieveSubscription, { mock.core.subscriptions.retrieve(it) }, { kelviq.subscriptions.retrieve(it) })
            .plan?.identifier shouldBe "plan-pro"
    }
    test("subscriptions.create") {
        mock.sameAsCore(f.createSubscription, { mock.core.subscriptions.create(it) }, { kelviq.subscriptions.create(it) }).amount shouldBe "49.00"
    }
})
