package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.blocking.KelviqBlockingClient
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.webhooks.KelviqWebhooks
import com.kelviq.sdk.webhooks.WebhookVerificationException
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.string.shouldNotContain
import java.net.URLEncoder
import java.util.Base64

/**
 * Every way a webhook delivery can fail, with SLF4J at TRACE: the endpoint secret appears in no captured log line,
 * no exception (message, cause chain, stack) and no `toString` of the client, its config, verifier or handler, in
 * plain, Base64, URL-encoded or hex form.
 */
class WebhookSecretRedactionTest : FunSpec({
    val secret = "kq_whsec_REDACTME_5f4e3d2c1b0a9988"
    val forms = listOf(
        secret, Base64.getEncoder().encodeToString(secret.toByteArray()), URLEncoder.encode(secret, Charsets.UTF_8),
        secret.toByteArray().joinToString("") { "%02x".format(it) }, "REDACTME_5f4e3d2c1b0a9988",
    )

    test("no form of the secret in logs, exceptions or toString") {
        LogCapture().use { capture ->
            KelviqTestServer.start().use { server ->
                val signer = server.webhookSigner(secret)
                val wrong = server.webhookSigner("kq_whsec_other_secret_0000000000")
                val client = KelviqBlockingClient.create(server.configBuilder().webhookSecret(secret).build())
                val texts = ArrayList<String>()
                client.use {
                    val payload = signer.payload("subscription.updated", mapOf("customer" to mapOf("customer_id" to "c1")))
                    val good = signer.headers(payload)
                    val deliveries = listOf(
                        payload.replace("c1", "c2") to good, // tampered body
                        payload to wrong.headers(payload), // wrong secret
                        payload to good.filterKeys { it != "webhook-signature" }, // a header missing
                        payload to signer.headers(payload, timestamp = good.getValue("webhook-timestamp").toLong() - 301), // stale
                        "not json" to signer.headers("not json"), // signed, but no event
                    )
                    var failures = 0
                    for ((body, headers) in deliveries) {
                        try {
                            client.webhooks().handle(body, headers)
                        } catch (e: WebhookVerificationException) {
                            failures++
                            texts += e.stackTraceToString()
                        }
                        try {
                            KelviqWebhooks.verify(body, headers, secret)
                        } catch (e: WebhookVerificationException) {
                            texts += e.stackTraceToString()
                        }
                    }
                    failures shouldBeGreaterThan 4
                    client.webhooks().handle(payload, good)
                    texts += listOf(client.toString(), client.config().toString(), client.webhooks().toString(), client.webhooks().verifier.toString())
                }
                capture.events.forEach { texts += capture.texts(it) }
                texts.size shouldBeGreaterThan 10
                for (text in texts) for (form in forms) text shouldNotContain form
            }
        }
    }
})
