package com.kelviq.samples

import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.model.CancellationFeedback
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.UsageBehaviour
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.runBlocking
import java.io.PrintStream

/**
 * The five Kelviq areas from Kotlin, with the coroutines client and named arguments.
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

            p.step("customers.archive", "%s", client.customers.archive(customerId).message ?: "archived (204 No Content)")
        }
        p.heading("Done: ${p.steps()} steps.")
    }
}
