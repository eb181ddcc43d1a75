package com.kelviq.sdk.webhooks

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.JavaJson
import com.kelviq.sdk.internal.json.KelviqJson
import com.kelviq.sdk.internal.validation.Checks
import java.security.MessageDigest
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.format.DateTimeParseException
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Verifies Kelviq webhook deliveries with one endpoint secret: the `webhook-id`, `webhook-timestamp` and
 * `webhook-signature` headers (names in any case), a timestamp within [tolerance] of [clock]'s now in either
 * direction, and an HMAC-SHA256 (key: the secret's UTF-8 bytes, used whole) of `{id}.{timestamp}.{raw body}`
 * matching, in constant time, one of the space-separated `v1,{hex}` signatures. Thread-safe and reusable.
 *
 * ```java
 * WebhookVerifier verifier = KelviqWebhooks.builder().secret(System.getenv("KELVIQ_WEBHOOK_SECRET")).build();
 * WebhookEvent event = verifier.verify(rawBody, headers); // throws WebhookVerificationException
 * ```
 * `toString()` never shows the secret.
 */
public class WebhookVerifier private constructor(builder: Builder) {
    private val key = SecretKeySpec(builder.secret!!.toByteArray(Charsets.UTF_8), ALGORITHM)

    /** How far the timestamp may be from now, in either direction: 300 s by default. */
    public val tolerance: Duration = builder.tolerance

    /** The clock [tolerance] is measured against. */
    public val clock: Clock = builder.clock

    /**
     * Verifies a delivery whose body is [payload] exactly as received (before any JSON parsing) and returns
     * its event.
     *
     * @throws WebhookVerificationException saying what failed.
     */
    public fun verify(payload: String, headers: Map<String, String>): WebhookEvent =
        verify(payload.toByteArray(Charsets.UTF_8), headers)

    /** [verify] for a body kept as the raw bytes received. */
    public fun verify(payload: ByteArray, headers: Map<String, String>): WebhookEvent {
        val id = header(headers, ID)
        val timestamp = header(headers, TIMESTAMP)
        val signatures = header(headers, SIGNATURE)
        val seconds = timestamp.toLongOrNull()
            ?: throw WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED_HEADER, "$TIMESTAMP is not Unix seconds")
        val skew = Duration.ofSeconds(Math.abs(clock.instant().epochSecond - seconds))
        if (skew > tolerance) {
            throw WebhookVerificationException(
                WebhookVerificationException.Reason.TIMESTAMP_OUT_OF_TOLERANCE,
                "$TIMESTAMP is ${skew.seconds} s from now, more than the tolerance of ${tolerance.seconds} s",
            )
        }
        val candidates = signatures.split(' ').filter { it.isNotEmpty() }.mapNotNull { parseV1(it) }
        if (candidates.isEmpty()) {
            throw WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED_HEADER, "$SIGNATURE holds no v1,{hex} signature")
        }
        val expected = sign(id, timestamp, payload)
        var matched = false
        for (candidate in candidates) matched = MessageDigest.isEqual(expected, candidate) or matched // every candidate compared
        if (!matched) {
            throw WebhookVerificationException(
                WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE,
                "no signature in $SIGNATURE matches the payload (${candidates.size} checked): wrong secret, or the body was changed",
            )
        }
        return parse(payload)
    }

    /** The `v1,{hex}` signature Kelviq sends in `webhook-signature` for this secret, [id], [timestamp] and [payload]. */
    public fun signature(id: String, timestamp: Long, payload: String): String =
        "v1," + sign(id, timestamp.toString(), payload.toByteArray(Charsets.UTF_8)).joinToString("") { "%02x".format(it) }

    private fun sign(id: String, timestamp: String, payload: ByteArray): ByteArray {
        val mac = Mac.getInstance(ALGORITHM)
        mac.init(key)
        mac.update("$id.$timestamp.".toByteArray(Charsets.UTF_8))
        return mac.doFinal(payload)
    }

    private fun parse(payload: ByteArray): WebhookEvent {
        val json = try {
            KelviqJson.parseToJsonElement(payload.toString(Charsets.UTF_8)) as? JsonObject
        } catch (e: Exception) {
            null
        } ?: throw WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED_PAYLOAD, "the payload is not a JSON object")
        fun string(name: String): String? = (json[name] as? JsonPrimitive)?.takeIf { it.isString }?.content
        val id = string("id")
        val type = string("type")
        if (id == null || type == null) {
            throw WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED_PAYLOAD, "the payload has no string id and type")
        }
        val createdAt = string("created_at")?.let {
            try {
                Instant.parse(it)
            } catch (e: DateTimeParseException) {
                null
            }
        }
        val data = (json["data"] as? JsonObject)?.let { JavaJson.toJavaMap(it) } ?: emptyMap()
        return WebhookEvent(id, type, createdAt, data)
    }

    private fun header(headers: Map<String, String>, name: String): String =
        headers.entries.firstOrNull { it.key.equals(name, ignoreCase = true) }?.value?.trim()?.takeIf { it.isNotEmpty() }
            ?: throw WebhookVerificationException(WebhookVerificationException.Reason.MISSING_HEADER, "the $name header is missing")

    private fun parseV1(signature: String): ByteArray? {
        if (!signature.startsWith("v1,")) return null
        val hex = signature.substring(3)
        if (hex.length != 64 || hex.any { Character.digit(it, 16) < 0 }) return null
        return ByteArray(32) { i -> ((Character.digit(hex[2 * i], 16) shl 4) + Character.digit(hex[2 * i + 1], 16)).toByte() }
    }

    /** Shows the tolerance; never the secret. */
    override fun toString(): String = "WebhookVerifier(secret=****, tolerance=$tolerance)"

    /** Builds a [WebhookVerifier]; only [secret] is required. */
    public class Builder internal constructor() {
        internal var secret: String? = null
        internal var tolerance: Duration = DEFAULT_TOLERANCE
        internal var clock: Clock = Clock.systemUTC()

        /** The endpoint's signing secret (`kq_whsec_...`), used whole as the HMAC key. */
        public fun secret(secret: String): Builder = apply { this.secret = secret }

        /** How far a delivery's timestamp may be from now, in either direction; 300 s by default. */
        public fun tolerance(tolerance: Duration): Builder = apply { this.tolerance = tolerance }

        /** The clock "now" comes from (a fixed one in tests); the system UTC clock by default. */
        public fun clock(clock: Clock): Builder = apply { this.clock = clock }

        /**
         * Checks and builds the verifier.
         *
         * @throws KelviqValidationException naming `secret`, `tolerance` or `clock`.
         */
        public fun build(): WebhookVerifier {
            val s = secret
            if (s == null) throw KelviqValidationException("secret", "is required")
            Checks.secret("secret", s)
            val t: Duration? = tolerance
            if (t == null || t.isNegative) throw KelviqValidationException("tolerance", "must be zero or positive")
            if ((clock as Clock?) == null) throw KelviqValidationException("clock", "must not be null")
            return WebhookVerifier(this)
        }

        /** Never shows the secret. */
        override fun toString(): String = "WebhookVerifier.Builder(secret=****, tolerance=$tolerance)"
    }

    internal companion object {
        const val ID = "webhook-id"
        const val TIMESTAMP = "webhook-timestamp"
        const val SIGNATURE = "webhook-signature"
        private const val ALGORITHM = "HmacSHA256"
        val DEFAULT_TOLERANCE: Duration = Duration.ofSeconds(300)
    }
}
