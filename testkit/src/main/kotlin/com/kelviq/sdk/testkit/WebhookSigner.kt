package com.kelviq.sdk.testkit

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.UUID
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/**
 * Signs webhook deliveries the way Kelviq does (HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed
 * with the secret's UTF-8 bytes, sent as `v1,{hex}`), builds event payloads, and POSTs them, to test a webhook
 * endpoint without Kelviq:
 *
 * ```java
 * WebhookSigner signer = server.webhookSigner("kq_whsec_test");
 * String body = signer.payload("subscription.updated", Map.of("object", "subscription", "customer", Map.of("customer_id", "c1")));
 * int status = signer.deliver("http://127.0.0.1:8080/webhooks/kelviq", body);
 * ```
 * `toString()` never shows the secret.
 */
public class WebhookSigner @JvmOverloads constructor(
    secret: String,
    /** The clock the `webhook-timestamp` comes from. */
    public val clock: Clock = Clock.systemUTC(),
) {
    private val key = SecretKeySpec(secret.toByteArray(Charsets.UTF_8), "HmacSHA256")
    private val http: HttpClient by lazy { HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build() }

    /** The `v1,{hex}` signature of [payload] under [id] and [timestamp] (Unix seconds). */
    public fun signature(id: String, timestamp: Long, payload: String): String {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(key)
        val digest = mac.doFinal("$id.$timestamp.$payload".toByteArray(Charsets.UTF_8))
        return "v1," + digest.joinToString("") { "%02x".format(it) }
    }

    /** The three signed headers of a delivery of [payload]: `webhook-id` [id], `webhook-timestamp` now. */
    @JvmOverloads
    public fun headers(payload: String, id: String = idOf(payload), timestamp: Long = clock.instant().epochSecond): Map<String, String> =
        linkedMapOf("webhook-id" to id, "webhook-timestamp" to timestamp.toString(), "webhook-signature" to signature(id, timestamp, payload))

    /**
     * A compact event payload `{id, type, created_at, data: {object, previous_attributes?}}` whose `data.object`
     * is [dataObject] (plain values: maps, lists, strings, numbers, booleans, nulls).
     */
    @JvmOverloads
    public fun payload(
        type: String,
        dataObject: Map<String, Any?>,
        previousAttributes: Map<String, Any?>? = null,
        id: String = UUID.randomUUID().toString(),
    ): String {
        val data = linkedMapOf<String, Any?>("object" to dataObject)
        if (previousAttributes != null) data["previous_attributes"] = previousAttributes
        return json(linkedMapOf("id" to id, "type" to type, "created_at" to clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), "data" to data))
            .toString()
    }

    /** POSTs [payload] with its signed [headers] to [url]; returns the HTTP status of the answer. */
    @JvmOverloads
    public fun deliver(url: String, payload: String, headers: Map<String, String> = headers(payload)): Int {
        val request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .apply { headers.forEach { (k, v) -> header(k, v) } }
            .POST(HttpRequest.BodyPublishers.ofString(payload))
            .build()
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()
    }

    /** Never shows the secret. */
    override fun toString(): String = "WebhookSigner(secret=****)"

    private fun idOf(payload: String): String =
        Regex("\"id\"\\s*:\\s*\"([^\"]+)\"").find(payload)?.groupValues?.get(1) ?: UUID.randomUUID().toString()

    private fun json(value: Any?): JsonElement = when (value) {
        null -> JsonNull
        is String -> JsonPrimitive(value)
        is Boolean -> JsonPrimitive(value)
        is Number -> JsonPrimitive(value)
        is Instant -> JsonPrimitive(value.toString())
        is Map<*, *> -> JsonObject(value.entries.associate { (k, v) -> k.toString() to json(v) })
        is Iterable<*> -> JsonArray(value.map(::json))
        else -> JsonPrimitive(value.toString())
    }
}
