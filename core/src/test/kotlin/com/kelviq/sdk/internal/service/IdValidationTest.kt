package com.kelviq.sdk.internal.service

import com.kelviq.sdk.testing.checkout
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.subscriptions
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testing.Refusal
import com.kelviq.sdk.testing.assertRefusedBeforeSending
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import kotlinx.coroutines.flow.toList

/** Every identifier of every operation: blank, missing or with control characters is refused before sending. */
class IdValidationTest : FunSpec({
    class IdUse(val op: String, val field: String, val call: suspend KelviqCore.(String) -> Unit)

    fun checkout() = CreateCheckoutSessionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://x.io/")
    fun usage() = ReportUsageParams.builder().value(1).customerId("c1").featureId("f").behaviour(UsageBehaviour.DELTA)
    fun event() = ReportEventParams.builder().customerId("c1").eventName("e")
    fun subUpdate() = UpdateSubscriptionParams.builder().subscriptionId("s1").planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY)
    fun subCreate() = CreateSubscriptionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).customerId("c1")

    val uses = listOf(
        IdUse("customers.create", "customerId") { customers.create(CreateCustomerParams.builder().customerId(it).build()) },
        IdUse("customers.retrieve", "customerId") { customers.retrieve(it) },
        IdUse("customers.update", "customerId") { customers.update(UpdateCustomerParams.builder().customerId(it).name("n").build()) },
        IdUse("customers.archive", "customerId") { customers.archive(it) },
        IdUse("checkout.createSession customerId", "customerId") { this.checkout.createSession(checkout().customerId(it).build()) },
        IdUse("checkout.createSession planIdentifier", "planIdentifier") { this.checkout.createSession(checkout().planIdentifier(it).build()) },
        IdUse("entitlements.hasAccess customerId", "customerId") { entitlements.hasAccess(it, "f") },
        IdUse("entitlements.hasAccess featureId", "featureId") { entitlements.hasAccess("c1", it) },
        IdUse("entitlements.getEntitlement customerId", "customerId") { entitlements.getEntitlement(it, "f") },
        IdUse("entitlements.getEntitlement featureId", "featureId") { entitlements.getEntitlement("c1", it) },
        IdUse("entitlements.getAllEntitlements", "customerId") { entitlements.getAllEntitlements(it) },
        IdUse("reporting.reportUsage customerId", "customerId") { reporting.reportUsage(usage().customerId(it).build()) },
        IdUse("reporting.reportUsage featureId", "featureId") { reporting.reportUsage(usage().featureId(it).build()) },
        IdUse("reporting.reportUsage resourceId", "resourceId") { reporting.reportUsage(usage().resourceId(it).build()) },
        IdUse("reporting.reportEvent customerId", "customerId") { reporting.reportEvent(event().customerId(it).build()) },
        IdUse("reporting.reportEvent eventName", "eventName") { reporting.reportEvent(event().eventName(it).build()) },
        IdUse("reporting.reportEvent idempotencyKey", "idempotencyKey") { reporting.reportEvent(event().idempotencyKey(it).build()) },
        IdUse("reporting.reportEvent resourceId", "resourceId") { reporting.reportEvent(event().resourceId(it).build()) },
        IdUse("subscriptions.update subscriptionId", "subscriptionId") { subscriptions.update(subUpdate().subscriptionId(it).build()) },
        IdUse("subscriptions.update planIdentifier", "planIdentifier") { subscriptions.update(subUpdate().planIdentifier(it).build()) },
        IdUse("subscriptions.cancel", "subscriptionId") {
            subscriptions.cancel(CancelSubscriptionParams.builder().subscriptionId(it).cancellationType(CancellationType.IMMEDIATE).build())
        },
        IdUse("subscriptions.list customerId", "customerId") { subscriptions.list(ListSubscriptionsParams.builder().customerId(it).build()) },
        IdUse("subscriptions.listAll customerId", "customerId") {
            subscriptions.listAll(ListSubscriptionsParams.builder().customerId(it).build()).toList()
        },
        IdUse("subscriptions.retrieve", "subscriptionId") { subscriptions.retrieve(it) },
        IdUse("subscriptions.create customerId", "customerId") { subscriptions.create(subCreate().customerId(it).build()) },
        IdUse("subscriptions.create planIdentifier", "planIdentifier") { subscriptions.create(subCreate().planIdentifier(it).build()) },
    )

    val badValues = listOf(
        "empty" to "", "spaces" to "   ", "tab" to "\t", "CR" to "c1\r", "LF" to "c1\nX-Header: 1", "CRLF" to "c\r\n1",
        "NUL" to "c\u00001", "DEL" to "c1\u007f",
    )

    context("refused ids") {
        withData(
            nameFn = { it.name },
            uses.flatMap { use -> badValues.map { (what, v) -> Refusal("${use.op}: $what", use.field) { use.call(this, v) } } },
        ) { assertRefusedBeforeSending(it) }
    }

    context("missing required ids and fields") {
        withData(
            nameFn = { it.name },
            Refusal("customers.create without customerId", "customerId") { customers.create(CreateCustomerParams.builder().email("a@b.co").build()) },
            Refusal("customers.update without customerId", "customerId") { customers.update(UpdateCustomerParams.builder().name("n").build()) },
            Refusal("checkout without planIdentifier", "planIdentifier") {
                this.checkout.createSession(CreateCheckoutSessionParams.builder().chargePeriod(ChargePeriod.MONTHLY).successUrl("https://x.io").build())
            },
            Refusal("checkout without chargePeriod", "chargePeriod") {
                this.checkout.createSession(CreateCheckoutSessionParams.builder().planIdentifier("p").successUrl("https://x.io").build())
            },
            Refusal("checkout without successUrl", "successUrl") {
                this.checkout.createSession(CreateCheckoutSessionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).build())
            },
            Refusal("reportUsage without value", "value") {
                reporting.reportUsage(ReportUsageParams.builder().customerId("c").featureId("f").behaviour(UsageBehaviour.SET).build())
            },
            Refusal("reportUsage without behaviour", "behaviour") {
                reporting.reportUsage(ReportUsageParams.builder().value(1).customerId("c").featureId("f").build())
            },
            Refusal("reportUsage without customerId", "customerId") {
                reporting.reportUsage(ReportUsageParams.builder().value(1).featureId("f").behaviour(UsageBehaviour.SET).build())
            },
            Refusal("reportUsage without featureId", "featureId") {
                reporting.reportUsage(ReportUsageParams.builder().value(1).customerId("c").behaviour(UsageBehaviour.SET).build())
            },
            Refusal("reportEvent without customerId", "customerId") { reporting.reportEvent(ReportEventParams.builder().eventName("e").build()) },
            Refusal("reportEvent without eventName", "eventName") { reporting.reportEvent(ReportEventParams.builder().customerId("c").build()) },
            Refusal("subscriptions.update without subscriptionId", "subscriptionId") {
                subscriptions.update(UpdateSubscriptionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).build())
            },
            Refusal("subscriptions.update without planIdentifier", "planIdentifier") {
                subscriptions.update(UpdateSubscriptionParams.builder().subscriptionId("s").chargePeriod(ChargePeriod.MONTHLY).build())
            },
            Refusal("subscriptions.update without chargePeriod", "chargePeriod") {
                subscriptions.update(UpdateSubscriptionParams.builder().subscriptionId("s").planIdentifier("p").build())
            },
            Refusal("subscriptions.cancel without subscriptionId", "subscriptionId") {
                subscriptions.cancel(CancelSubscriptionParams.builder().cancellationType(CancellationType.IMMEDIATE).build())
            },
            Refusal("subscriptions.cancel without cancellationType", "cancellationType") {
                subscriptions.cancel(CancelSubscriptionParams.builder().subscriptionId("s").build())
            },
            Refusal("subscriptions.create without planIdentifier", "planIdentifier") {
                subscriptions.create(CreateSubscriptionParams.builder().chargePeriod(ChargePeriod.MONTHLY).customerId("c").build())
            },
            Refusal("subscriptions.create without chargePeriod", "chargePeriod") {
                subscriptions.create(CreateSubscriptionParams.builder().planIdentifier("p").customerId("c").build())
            },
            Refusal("subscriptions.create without customerId", "customerId") {
                subscriptions.create(CreateSubscriptionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).build())
            },
        ) { assertRefusedBeforeSending(it) }
    }
})
