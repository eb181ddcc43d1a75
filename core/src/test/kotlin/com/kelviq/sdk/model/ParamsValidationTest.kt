package com.kelviq.sdk.model

import com.kelviq.sdk.testing.checkout
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.subscriptions
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.testing.Refusal
import com.kelviq.sdk.testing.assertRefusedBeforeSending
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.toList
import java.time.Duration
import java.time.Instant
import java.time.LocalDate

/** The rules of the params objects beyond identifiers, each refused before any request is made. */
class ParamsValidationTest : FunSpec({
    fun checkout() = CreateCheckoutSessionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://x.io/ok")
    fun cancel(type: CancellationType) = CancelSubscriptionParams.builder().subscriptionId("s1").cancellationType(type)
    fun subUpdate() = UpdateSubscriptionParams.builder().subscriptionId("s1").planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY)

    context("invalid e-mail addresses") {
        val bad = listOf("not-an-email", "a@b", "@b.co", "a@", "a b@c.co", "a@b .co", "a@@b.co", "a@b.co\n", "a@.co", "")
        withData(
            nameFn = { it.name },
            bad.flatMap { email ->
                val shown = email.replace("\n", "\\n")
                listOf(
                    Refusal("create '$shown'", "email") { customers.create(CreateCustomerParams.builder().customerId("c1").email(email).build()) },
                    Refusal("update '$shown'", "email") { customers.update(UpdateCustomerParams.builder().customerId("c1").email(email).build()) },
                )
            },
        ) { assertRefusedBeforeSending(it) }
    }

    test("valid e-mail addresses are accepted") {
        listOf("a@b.co", "first.last+tag@sub.example.co.uk", "x_y-z@d-1.io").forEach {
            CreateCustomerParams.builder().customerId("c1").email(it).build().email shouldBe it
        }
    }

    context("other refused params") {
        withData(
            nameFn = { it.name },
            Refusal("customer update with nothing to change", "email, name, metadata, billingAddress") {
                customers.update(UpdateCustomerParams.builder().customerId("c1").build())
            },
            Refusal("customer update with only nulls", "email, name, metadata, billingAddress") {
                customers.update(UpdateCustomerParams.builder().customerId("c1").email(null).name(null).metadata(null).billingAddress(null).build())
            },
            Refusal("metadata with a blank key", "metadata") {
                customers.create(CreateCustomerParams.builder().customerId("c1").metadata(mapOf(" " to "v")).build())
            },
            Refusal("metadata key with a newline", "metadata.a\nb") {
                customers.create(CreateCustomerParams.builder().customerId("c1").metadata(mapOf("a\nb" to "v")).build())
            },
            Refusal("name with a NUL", "name") { customers.create(CreateCustomerParams.builder().customerId("c1").name("A\u0000").build()) },
            Refusal("list customers page size 0", "pageSize") { customers.list(ListCustomersParams.builder().pageSize(0).build()) },
            Refusal("list customers page size 101", "pageSize") { customers.list(ListCustomersParams.builder().pageSize(101).build()) },
            Refusal("list customers page size -1", "pageSize") { customers.list(ListCustomersParams.builder().pageSize(-1).build()) },
            Refusal("list customers page 0", "page") { customers.list(ListCustomersParams.builder().page(0).build()) },
            Refusal("list customers page -3", "page") { customers.list(ListCustomersParams.builder().page(-3).build()) },
            Refusal("list customers withPage(0)", "page") { customers.list(ListCustomersParams.DEFAULT.withPage(0)) },
            Refusal("listAll customers page size 101", "pageSize") { customers.listAll(ListCustomersParams.builder().pageSize(101).build()).toList() },
            Refusal("list subscriptions page size 0", "pageSize") { subscriptions.list(ListSubscriptionsParams.builder().pageSize(0).build()) },
            Refusal("list subscriptions page size 101", "pageSize") { subscriptions.list(ListSubscriptionsParams.builder().pageSize(101).build()) },
            Refusal("list subscriptions page 0", "page") { subscriptions.list(ListSubscriptionsParams.builder().page(0).build()) },
            Refusal("list subscriptions withPage(0)", "page") { subscriptions.list(ListSubscriptionsParams.DEFAULT.withPage(0)) },
            Refusal("list subscriptions blank status", "status") { subscriptions.list(ListSubscriptionsParams.builder().status("active", " ").build()) },
            Refusal("list subscriptions status with a comma", "status") { subscriptions.list(ListSubscriptionsParams.builder().status("active,paused").build()) },
            Refusal("checkout successUrl without scheme", "successUrl") { this.checkout.createSession(checkout().successUrl("example.com/ok").build()) },
            Refusal("checkout relative successUrl", "successUrl") { this.checkout.createSession(checkout().successUrl("/ok").build()) },
            Refusal("checkout ftp successUrl", "successUrl") { this.checkout.createSession(checkout().successUrl("ftp://example.com/ok").build()) },
            Refusal("checkout javascript successUrl", "successUrl") { this.checkout.createSession(checkout().successUrl("javascript:alert(1)").build()) },
            Refusal("checkout mailto successUrl", "successUrl") { this.checkout.createSession(checkout().successUrl("mailto:a@b.co").build()) },
            Refusal("checkout successUrl without host", "successUrl") { this.checkout.createSession(checkout().successUrl("https:///ok").build()) },
            Refusal("checkout unparsable successUrl", "successUrl") { this.checkout.createSession(checkout().successUrl("https://exa mple.com").build()) },
            Refusal("checkout blank successUrl", "successUrl") { this.checkout.createSession(checkout().successUrl(" ").build()) },
            Refusal("checkout relative cancelUrl", "cancelUrl") { this.checkout.createSession(checkout().cancelUrl("cancel").build()) },
            Refusal("checkout file cancelUrl", "cancelUrl") { this.checkout.createSession(checkout().cancelUrl("file:///etc/passwd").build()) },
            Refusal("checkout negative feature quantity", "features.quantity") {
                checkout.createSession(checkout().features(listOf(FeatureQuantity("seats", -1))).build())
            },
            Refusal("checkout blank feature identifier", "features.identifier") {
                checkout.createSession(checkout().features(listOf(FeatureQuantity(" ", 1))).build())
            },
            Refusal("checkout negative custom amount", "customAmount") { this.checkout.createSession(checkout().customAmount(-0.01).build()) },
            Refusal("subscription create relative successUrl", "successUrl") {
                subscriptions.create(
                    CreateSubscriptionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).customerId("c").successUrl("ok").build(),
                )
            },
            Refusal("subscription update negative feature quantity", "features.quantity") {
                subscriptions.update(subUpdate().features(listOf(FeatureQuantity("seats", Int.MIN_VALUE))).build())
            },
            Refusal("subscription update trial end in the past", "trialEnd") {
                subscriptions.update(subUpdate().trialEnd(Instant.now().minus(Duration.ofMinutes(1))).build())
            },
            Refusal("cancel SPECIFIC_DATE without a date", "cancellationDate") {
                subscriptions.cancel(cancel(CancellationType.SPECIFIC_DATE).build())
            },
            Refusal("cancel IMMEDIATE with a date", "cancellationDate") {
                subscriptions.cancel(cancel(CancellationType.IMMEDIATE).cancellationDate(LocalDate.of(2030, 1, 1)).build())
            },
            Refusal("cancel CURRENT_PERIOD_ENDS with a date", "cancellationDate") {
                subscriptions.cancel(cancel(CancellationType.CURRENT_PERIOD_ENDS).cancellationDate(LocalDate.of(2030, 1, 1)).build())
            },
            Refusal("usage SET with a negative value", "value") {
                reporting.reportUsage(ReportUsageParams.builder().value(-1).customerId("c").featureId("f").behaviour(UsageBehaviour.SET).build())
            },
            Refusal("event property of an unsupported type", "properties.tags") {
                reporting.reportEvent(ReportEventParams.builder().customerId("c").eventName("e").properties(mapOf("tags" to listOf("a"))).build())
            },
        ) { assertRefusedBeforeSending(it) }
    }

    test("limits are inclusive: page size 1 and 100, page 1, quantity 0 are accepted") {
        ListCustomersParams.builder().pageSize(1).page(1).build().pageSize shouldBe 1
        ListCustomersParams.builder().pageSize(100).build().pageSize shouldBe 100
        ListSubscriptionsParams.builder().pageSize(100).page(1).build().pageSize shouldBe 100
        FeatureQuantity("seats", 0).quantity shouldBe 0
        checkout().cancelUrl("HTTPS://EXAMPLE.COM/c").build().cancelUrl shouldBe "HTTPS://EXAMPLE.COM/c"
        cancel(CancellationType.SPECIFIC_DATE).cancellationDate(LocalDate.of(2030, 1, 1)).build().cancellationDate shouldBe LocalDate.of(2030, 1, 1)
    }

    test("a FeatureQuantity is refused at construction, naming the field") {
        shouldThrow<KelviqValidationException> { FeatureQuantity("seats", -5) }.field shouldBe "features.quantity"
        shouldThrow<KelviqValidationException> { FeatureQuantity("", 1) }.field shouldBe "features.identifier"
    }
})
