package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import com.kelviq.sdk.webhooks.WebhookEventType
import com.kelviq.sdk.webhooks.WebhookVerificationException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe

/** `webhooks().handle`: verified deliveries refresh the customer's cached entitlements, once per delivery id. */
class WebhookHandlingTest : FunSpec({
    val secret = "kq_whsec_handling_test"

    test("a subscription.updated delivery makes the next check refetch; a repeat is dropped; invoice.paid keeps the cache") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1").grant("c1", "sso", "BOOLEAN", null, true)
            val kelviq = KelviqClient(server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).webhookSecret(secret).build())
            val signer = server.webhookSigner(secret)
            val edge = RequestMatcher.pathPrefix("/edge/")
            kelviq.use {
                kelviq.entitlements.hasAccess("c1", "sso") shouldBe true
                kelviq.entitlements.hasAccess("c1", "sso") shouldBe true
                server.requestCount(edge) shouldBe 1

                server.revoke("c1", "sso") // the plan changed on the server
                val updated = signer.payload("subscription.updated", mapOf("object" to "subscription", "customer" to mapOf("customer_id" to "c1")))
                val headers = signer.headers(updated)
                val event = kelviq.webhooks().handle(updated, headers).shouldNotBeNull()
                event.eventType shouldBe WebhookEventType.SUBSCRIPTION_UPDATED
                event.customerId shouldBe "c1"
                kelviq.entitlements.hasAccess("c1", "sso") shouldBe false
                server.requestCount(edge) shouldBe 2

                kelviq.webhooks().handle(updated, headers).shouldBeNull() // Kelviq retried the same delivery
                kelviq.entitlements.hasAccess("c1", "sso") shouldBe false
                server.requestCount(edge) shouldBe 2

                val paid = signer.payload("invoice.paid", mapOf("object" to "invoice", "customer" to mapOf("customer_id" to "c1")))
                kelviq.webhooks().handle(paid, signer.headers(paid)).shouldNotBeNull()
                kelviq.entitlements.hasAccess("c1", "sso")
                server.requestCount(edge) shouldBe 2
            }
        }
    }

    test("handle with a listener: a listener that throws makes the retry of the same delivery reach it again") {
        KelviqTestServer.start().use { server ->
            KelviqClient(server.configBuilder().webhookSecret(secret).build()).use { kelviq ->
                val signer = server.webhookSigner(secret)
                val body = signer.payload("customer.created", mapOf("object" to "customer", "customer_id" to "c9"))
                val headers = signer.headers(body)
                val heard = mutableListOf<String>()
                shouldThrow<IllegalStateException> {
                    kelviq.webhooks().handle(body, headers) { heard += it.id; throw IllegalStateException("listener down") }
                }.message shouldBe "listener down"
                kelviq.webhooks().handle(body, headers) { heard += it.id }.shouldNotBeNull()
                kelviq.webhooks().handle(body, headers) { heard += it.id }.shouldBeNull() // handled now: a repeat
                heard shouldBe listOf(headers.getValue("webhook-id"), headers.getValue("webhook-id"))
            }
        }
    }

    test("a tampered delivery is refused and invalidates nothing; without a secret webhooks() names the setting") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1").grant("c1", "sso", "BOOLEAN", null, true)
            val kelviq = KelviqClient(server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).webhookSecret(secret).build())
            kelviq.use {
                kelviq.entitlements.hasAccess("c1", "sso")
                val signer = server.webhookSigner(secret)
                val body = signer.payload("subscription.cancelled", mapOf("object" to "subscription", "customer" to mapOf("customer_id" to "c1")))
                shouldThrow<WebhookVerificationException> {
                    kelviq.webhooks().handle(body.replace("cancelled", "created"), signer.headers(body))
                }.reason shouldBe WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE
                kelviq.entitlements.hasAccess("c1", "sso")
                server.requestCount(RequestMatcher.pathPrefix("/edge/")) shouldBe 1
            }
            KelviqClient(server.config()).use { plain ->
                shouldThrow<KelviqValidationException> { plain.webhooks() }.field shouldBe "webhookSecret"
            }
        }
    }
})
