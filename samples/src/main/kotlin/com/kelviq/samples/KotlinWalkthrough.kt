package com.kelviq.samples

import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.model.ActivateLicenseParams
import com.kelviq.sdk.model.CancellationFeedback
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.DeactivateLicenseParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.ListPaymentMethodsParams
import com.kelviq.sdk.model.RefundReason
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.model.ValidateLicenseParams
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import java.io.PrintStream
import java.math.BigDecimal

/**
 * The Kelviq API from Kotlin, with the coroutines client and named arguments: the five core areas, then the
 * portal, charges, payment methods, refunds, orders, licenses and a verified webhook.
 *
 * Run: `mvn -B -ntp -q -Prun-samples -pl samples -am verify -DskipTests`.
 */
object KotlinWalkthrough {
    /** Runs the walkthrough against [SampleEnvironment.fromProcessEnvironment]. */
    @JvmStatic
    fun main(args: Array<String>) {
        SampleEnvironment.fromProcessEnvironment().use { env -> runBlocking { run(env, System.out) } }
    }

    /** [run] for callers outside coroutines (e.g. a JUnit test): blocks until the walkthrough is done. */
    @JvmStatic
    fun runAndWait(env: SampleEnvironment, out: PrintStream): Unit = runBlocking { run(env, out) }

    /** Runs every step against [env], printing one line per step to [out]. */
    suspend fun run(env: SampleEnvironment, out: PrintStream) {
        val p = StepPrinter(out)
        p.heading("Kotlin (coroutines) walkthrough against ${env.description()}")
        val customerId = env.customerId("kotlin-bob")

        KelviqClient(env.config()).use { client ->
            // Customers
            val created = client.customers.create(customerId = customerId, email = "bob@example.com", name = "Bob")
            p.step("customers.create", "created %s (%s, %s)", created.customerId, created.name, created.email)

            val updated = client.customers.update(customerId = customerId, name = "Bob Stone", metadata = mapOf("tier" to "gold"))
            p.step("customers.update", "renamed to \"%s\", metadata %s", updated.name, updated.metadata)

            val retrieved = client.customers.retrieve(customerId)
            p.step("customers.retrieve", "%s is \"%s\"", retrieved.customerId, retrieved.name)

            val page = client.customers.list(pageSize = 10)
            p.step("customers.list", "page 1 holds %d of %d customers", page.results.size, page.count)

            p.step("customers.listAll", "a cold Flow over every page: %d customers", client.customers.listAll(pageSize = 10).count())

            // Checkout
            val session = client.checkout.createSession(
                planIdentifier = "plan-pro",
                chargePeriod = ChargePeriod.MONTHLY,
                successUrl = "https://example.com/thanks",
                customerId = customerId,
                features = listOf(FeatureQuantity("seats", 3)),
            )
            p.step("checkout.createSession", "redirect the customer to %s", session.checkoutUrl)

            // Entitlements and usage: has-access flips once usage reaches the hard limit
            env.grantMeteredFeature(customerId, "exports", 2)
            p.step("entitlements.hasAccess", "exports before any usage: %s", client.entitlements.hasAccess(customerId, "exports"))

            val usage = client.reporting.reportUsage(value = 2, customerId = customerId, featureId = "exports", behaviour = UsageBehaviour.SET)
            p.step("reporting.reportUsage", "%s %d on %s", usage.behaviour, usage.value, usage.featureId)

            p.step("entitlements.hasAccess", "exports after reaching the hard limit: %s", client.entitlements.hasAccess(customerId, "exports"))
            val exports = client.entitlements.getEntitlement(customerId, "exports")
            p.step(
                "entitlements.getEntitlement",
                exports?.let { "used ${it.currentUsage} of ${it.usageLimit}, remaining ${it.remaining}" } ?: "no exports entitlement",
            )
            p.step("entitlements.getAllEntitlements", "%d raw entries", client.entitlements.getAllEntitlements(customerId).entitlements.size)

            // Events: the idempotency key makes a repeat count once
            val key = "kotlin-walkthrough-$customerId"
            val event = client.reporting.reportEvent(customerId = customerId, eventName = "seat_added", idempotencyKey = key, properties = mapOf("seats" to 1))
            client.reporting.reportEvent(customerId = customerId, eventName = "seat_added", idempotencyKey = key, properties = mapOf("seats" to 1))
            val counted = env.serverEventCount(customerId, "seat_added")
            p.step(
                "reporting.reportEvent", "sent twice with key %s; server counted %s",
                event.idempotencyKey, if (counted < 0) "it once (idempotent)" else "$counted event",
            )

            // Subscriptions
            val subscription = client.subscriptions.create(planIdentifier = "plan-pro", chargePeriod = ChargePeriod.MONTHLY, customerId = customerId)
            p.step("subscriptions.create", "%s on %s, status %s", subscription.id, subscription.plan?.identifier, subscription.status)

            val mine = client.subscriptions.list(customerId = customerId, status = listOf("active", "trialing"))
            p.step("subscriptions.list", "%d active or trialing for %s", mine.results.size, customerId)

            client.subscriptions.update(subscriptionId = subscription.id, planIdentifier = "plan-team", chargePeriod = ChargePeriod.YEARLY)
            p.step("subscriptions.update", "now on %s", client.subscriptions.retrieve(subscription.id).plan?.identifier)

            val cancelled = client.subscriptions.cancel(
                subscriptionId = subscription.id,
                cancellationType = CancellationType.IMMEDIATE,
                cancellationFeedback = CancellationFeedback.SWITCHED_SERVICE,
            )
            p.step("subscriptions.cancel", "%s", cancelled.message)

            // The rest of the runtime API: the portal link, a one-time charge, a refund, a license round trip
            p.step("portal.createSession", "send the customer to %s", client.portal.createSession(customerId).signedUrl())
            if (env.seedRuntimeData(customerId)) {
                val charge = client.charges.create(planIdentifier = "lifetime-access", customerId = customerId)
                p.step("charges.create", "charged %s %s to the default card (never retried once sent)", charge.amount, charge.currency)
                val card = client.paymentMethods.listAll(ListPaymentMethodsParams.builder().customerId(customerId).build()).first()
                p.step("paymentMethods.list", "%s ending %s, default %s", card.methodData["brand"], card.methodData["last4"], card.isDefault)
                val refund = client.refunds.create(orderId = env.orderId(customerId), amount = BigDecimal("12.50"), reason = RefundReason.DUPLICATE)
                p.step("refunds.create", "refunded %s of %s, status %s", refund.amountDecimal(), env.orderId(customerId), refund.status)
                p.step("orders.listEvents", "%s", client.orders.listAllEvents(env.orderId(customerId)).map { it.code }.toList())
                val key = env.licenseKey(customerId)
                val activation = client.licenses.activate(ActivateLicenseParams.builder().licenseKey(key).instanceName("laptop").build())
                p.step("licenses.activate", "instance %s", activation.instanceId)
                val validation = client.licenses.validate(ValidateLicenseParams.builder().licenseKey(key).instanceId(activation.instanceId).build())
                p.step("licenses.validate", "valid %s (%s)", validation.valid, validation.code)
                val released = client.licenses.deactivate(DeactivateLicenseParams.builder().licenseKey(key).instanceId(activation.instanceId).build())
                p.step("licenses.deactivate", "%s", released.message)
            } else {
                SampleEnvironment.SEEDED_STEPS.forEach { p.step(it, "skipped against the real API (needs an order, a license and a saved card in your account)") }
            }
            p.step("webhooks.handle", "%s", WebhookDemo.run(client.webhooks(), env.config().webhookSecret!!, customerId))

            p.step("customers.archive", "%s", client.customers.archive(customerId).message ?: "archived (204 No Content)")
        }
        p.heading("Done: ${p.steps()} steps.")
    }
}
