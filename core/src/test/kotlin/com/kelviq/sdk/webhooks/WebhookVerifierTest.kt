package com.kelviq.sdk.webhooks

import com.kelviq.sdk.errors.KelviqValidationException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/** The documented signature scheme, computed independently here with `javax.crypto.Mac`. */
class WebhookVerifierTest : FunSpec({
    val secret = "kq_whsec_test_9f8e7d6c5b4a"
    val id = "0662641a-b415-46eb-a78a-c136ce12fa60"
    val now = 1_775_027_156L // 2026-04-01T07:05:56Z
    // The documented customer.created example, compact as Kelviq sends and signs it.
    val payload = """{"id":"0662641a-b415-46eb-a78a-c136ce12fa60","type":"customer.created","created_at":"2026-04-01T07:05:56Z",""" +
        """"data":{"object":{"id":"7dd79eff-180f-4b07-a213-ebafd29e9725","object":"customer","customer_id":"geo-jacob",""" +
        """"name":"Geo Jacob","email":"geo@example.com","details":{},"metadata":{},"billing_address":{},"subscriptions":0,""" +
        """"organization":"9b759915-5387-4e61-90e9-2162318e8d17","created_on":"2026-04-01T07:05:56Z","modified_on":"2026-04-01T07:05:56Z"}}}"""

    fun hmacHex(key: String, message: String): String {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(key.toByteArray(Charsets.UTF_8), "HmacSHA256"))
        return mac.doFinal(message.toByteArray(Charsets.UTF_8)).joinToString("") { "%02x".format(it) }
    }

    val signature = "v1," + hmacHex(secret, "$id.$now.$payload")
    fun headers(timestamp: Long = now, sig: String = signature) =
        mapOf("webhook-id" to id, "webhook-timestamp" to timestamp.toString(), "webhook-signature" to sig)
    val verifier = KelviqWebhooks.builder().secret(secret).clock(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC)).build()

    test("the documented example verifies: id, type, time, data.object and the client customer id") {
        val event = verifier.verify(payload, headers())
        event.id shouldBe id
        event.type shouldBe "customer.created"
        event.eventType shouldBe WebhookEventType.CUSTOMER_CREATED
        event.createdAt shouldBe Instant.parse("2026-04-01T07:05:56Z")
        event.dataObject["name"] shouldBe "Geo Jacob"
        event.dataObject["subscriptions"] shouldBe 0L
        event.customerId shouldBe "geo-jacob"
        event.previousAttributes shouldBe null
        verifier.signature(id, now, payload) shouldBe signature
    }

    test("header names in any case; several signatures, any one matching; the bytes form") {
        val upper = mapOf("Webhook-Id" to id, "WEBHOOK-TIMESTAMP" to now.toString(), "Webhook-Signature" to "v1,${"0".repeat(64)} $signature")
        verifier.verify(payload, upper).id shouldBe id
        verifier.verify(payload.toByteArray(Charsets.UTF_8), headers()).id shouldBe id
    }

    data class Refusal(val name: String, val reason: WebhookVerificationException.Reason, val mention: String, val call: () -> Unit) {
        override fun toString() = name
    }
    context("refusals say what failed") {
        withData(
            Refusal("tampered body", WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE, "no signature") {
                verifier.verify(payload.replace("Geo Jacob", "Geo Jakob"), headers())
            },
            Refusal("wrong secret", WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE, "no signature") {
                KelviqWebhooks.builder().secret("kq_whsec_other").clock(verifier.clock).build().verify(payload, headers())
            },
            Refusal("missing webhook-id", WebhookVerificationException.Reason.MISSING_HEADER, "webhook-id") {
                verifier.verify(payload, headers() - "webhook-id")
            },
            Refusal("missing webhook-timestamp", WebhookVerificationException.Reason.MISSING_HEADER, "webhook-timestamp") {
                verifier.verify(payload, headers() - "webhook-timestamp")
            },
            Refusal("missing webhook-signature", WebhookVerificationException.Reason.MISSING_HEADER, "webhook-signature") {
                verifier.verify(payload, headers() - "webhook-signature")
            },
            Refusal("timestamp 301 s old", WebhookVerificationException.Reason.TIMESTAMP_OUT_OF_TOLERANCE, "301 s") {
                verifier.verify(payload, headers(now - 301, "v1," + hmacHex(secret, "$id.${now - 301}.$payload")))
            },
            Refusal("timestamp 301 s ahead", WebhookVerificationException.Reason.TIMESTAMP_OUT_OF_TOLERANCE, "301 s") {
                verifier.verify(payload, headers(now + 301, "v1," + hmacHex(secret, "$id.${now + 301}.$payload")))
            },
            Refusal("timestamp not a number", WebhookVerificationException.Reason.MALFORMED_HEADER, "webhook-timestamp") {
                verifier.verify(payload, headers() + ("webhook-timestamp" to "yesterday"))
            },
            Refusal("signature without v1", WebhookVerificationException.Reason.MALFORMED_HEADER, "v1,") {
                verifier.verify(payload, headers(sig = signature.removePrefix("v1,")))
            },
            Refusal("signed but not JSON", WebhookVerificationException.Reason.MALFORMED_PAYLOAD, "JSON") {
                verifier.verify("not json", headers(sig = "v1," + hmacHex(secret, "$id.$now.not json")))
            },
        ) { r ->
            val e = shouldThrow<WebhookVerificationException> { r.call() }
            e.reason shouldBe r.reason
            e.message!! shouldContain r.mention
            e.message!! shouldNotContain secret
            e.message!! shouldNotContain signature.removePrefix("v1,")
        }
    }

    test("300 s either way is within the default tolerance; a configured tolerance applies") {
        verifier.verify(payload, headers(now - 300, "v1," + hmacHex(secret, "$id.${now - 300}.$payload"))).id shouldBe id
        verifier.verify(payload, headers(now + 300, "v1," + hmacHex(secret, "$id.${now + 300}.$payload"))).id shouldBe id
        val strict = KelviqWebhooks.builder().secret(secret).tolerance(Duration.ofSeconds(10)).clock(verifier.clock).build()
        shouldThrow<WebhookVerificationException> {
            strict.verify(payload, headers(now - 11, "v1," + hmacHex(secret, "$id.${now - 11}.$payload")))
        }.reason shouldBe WebhookVerificationException.Reason.TIMESTAMP_OUT_OF_TOLERANCE
    }

    test("unknown event types are kept; the secret is refused when blank and never shown") {
        val body = """{"id":"e1","type":"invoice.voided","created_at":"2026-04-01T07:05:56Z","data":{"object":{}}}"""
        val e = verifier.verify(body, mapOf("webhook-id" to "e1", "webhook-timestamp" to "$now", "webhook-signature" to "v1," + hmacHex(secret, "e1.$now.$body")))
        e.type shouldBe "invoice.voided"
        e.eventType shouldBe WebhookEventType.UNKNOWN
        shouldThrow<KelviqValidationException> { KelviqWebhooks.builder().secret(" ").build() }.field shouldBe "secret"
        verifier.toString() shouldNotContain secret
        KelviqWebhooks.builder().secret(secret).toString() shouldNotContain secret
    }

    test("the 19 documented types") {
        WebhookEventType.values().filter { it != WebhookEventType.UNKNOWN }.size shouldBe 19
        WebhookEventType.of("subscription.plan_changed") shouldBe WebhookEventType.SUBSCRIPTION_PLAN_CHANGED
        WebhookEventType.SUBSCRIPTION_UPDATED.affectsEntitlements shouldBe true
        WebhookEventType.INVOICE_PAID.affectsEntitlements shouldBe false
    }
})
