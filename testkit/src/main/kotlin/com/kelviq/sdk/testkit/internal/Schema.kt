package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.net.URI
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.format.DateTimeFormatter
import java.time.format.DateTimeParseException

/** Checks one JSON value of [key]; throws [ApiError] naming the key when it breaks the contract. */
internal fun interface Rule {
    fun check(key: String, value: JsonElement)
}

/**
 * The keys a request body may carry: every [required] key must be present and not `null`, an
 * [optional] key may be absent but never `null` (the SDK omits unset fields) unless it is [nullable] (the
 * operation clears the field on an explicit `null`), and any other key is refused.
 */
internal class BodySchema(
    private val required: Map<String, Rule>,
    private val optional: Map<String, Rule> = emptyMap(),
    private val nullable: Set<String> = emptySet(),
) {

    fun check(body: JsonObject) {
        for (key in body.keys) {
            if (key !in required && key !in optional) {
                throw ApiError.field(key, "Unknown field '$key': it is not part of this operation's contract.")
            }
        }
        for ((key, rule) in required) {
            val value = body[key] ?: throw ApiError.field(key, "This field is required.")
            if (value is JsonNull) throw ApiError.field(key, "This field may not be null.")
            rule.check(key, value)
        }
        for ((key, rule) in optional) {
            val value = body[key] ?: continue
            if (value is JsonNull && key in nullable) continue
            if (value is JsonNull) {
                throw ApiError.field(key, "This field may not be null: an unset optional field must be omitted, not sent as null.")
            }
            rule.check(key, value)
        }
    }

    companion object {
        private val parser = Json { isLenient = false }

        /**
         * Parses [call]'s body as a JSON object: the Content-Type must be `application/json` and the
         * body a JSON object.
         */
        fun parse(call: Call): JsonObject {
            if (call.body.isEmpty()) throw ApiError.detail(400, "A JSON object body is required.")
            val type = call.contentType
            if (type == null || !type.substringBefore(';').trim().equals("application/json", ignoreCase = true)) {
                throw ApiError.detail(400, "Unsupported Content-Type '${type ?: "(none)"}': a body must be sent as application/json.")
            }
            val element = try {
                parser.parseToJsonElement(call.body)
            } catch (e: Exception) {
                throw ApiError.detail(400, "JSON parse error: ${e.message?.lineSequence()?.firstOrNull() ?: "malformed JSON"}")
            }
            return element as? JsonObject ?: throw ApiError.detail(400, "The body must be a JSON object.")
        }
    }
}

/** The rules of the Kelviq contract. */
internal object Rules {
    private val EMAIL = Regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
    private val MICROS = Regex("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}$")
    private val SECONDS = Regex("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    private val DATE = Regex("^\\d{4}-\\d{2}-\\d{2}$")
    private val COUNTRY = Regex("^[A-Z]{2}$")

    fun stringOf(key: String, value: JsonElement): String {
        if (value !is JsonPrimitive || !value.isString) throw ApiError.field(key, "Expected a string, got ${kind(value)}.")
        return value.content
    }

    fun longOf(key: String, value: JsonElement): Long {
        val p = value as? JsonPrimitive
        val n = if (p == null || p.isString || p is JsonNull) null else p.content.toLongOrNull()
        return n ?: throw ApiError.field(key, "Expected an integer, got ${kind(value)}.")
    }

    fun kind(value: JsonElement): String = when {
        value is JsonNull -> "null"
        value is JsonObject -> "an object"
        value is JsonArray -> "an array"
        value is JsonPrimitive && value.isString -> "a string"
        value is JsonPrimitive && (value.content == "true" || value.content == "false") -> "a boolean"
        else -> "a number (${value})"
    }

    val string: Rule = Rule { key, value -> stringOf(key, value) }

    val nonBlank: Rule = Rule { key, value ->
        if (stringOf(key, value).isBlank()) throw ApiError.field(key, "This field may not be blank.")
    }

    val email: Rule = Rule { key, value ->
        val text = stringOf(key, value)
        if (!EMAIL.matches(text)) throw ApiError.field(key, "Enter a valid email address, was '$text'.")
    }

    val url: Rule = Rule { key, value ->
        val text = stringOf(key, value)
        val uri = try {
            URI(text)
        } catch (e: Exception) {
            null
        }
        val scheme = uri?.scheme?.lowercase()
        if (uri == null || (scheme != "http" && scheme != "https") || uri.host.isNullOrEmpty()) {
            throw ApiError.field(key, "Enter a valid absolute http(s) URL, was '$text'.")
        }
    }

    val integer: Rule = Rule { key, value -> longOf(key, value) }

    val number: Rule = Rule { key, value ->
        val p = value as? JsonPrimitive
        val ok = p != null && !p.isString && p !is JsonNull && p.content.toDoubleOrNull() != null
        if (!ok) throw ApiError.field(key, "Expected a number, got ${kind(value)}.")
    }

    val boolean: Rule = Rule { key, value ->
        val p = value as? JsonPrimitive
        val ok = p != null && !p.isString && (p.content == "true" || p.content == "false")
        if (!ok) throw ApiError.field(key, "Expected a boolean, got ${kind(value)}.")
    }

    fun enumOf(vararg allowed: String): Rule = Rule { key, value ->
        val text = stringOf(key, value)
        if (text !in allowed) throw ApiError.field(key, "'$text' is not a valid choice; expected one of ${allowed.joinToString(", ")}.")
    }

    /** An object whose values are all strings (metadata). */
    val stringMap: Rule = Rule { key, value ->
        val obj = value as? JsonObject ?: throw ApiError.field(key, "Expected an object of strings, got ${kind(value)}.")
        for ((k, v) in obj) {
            if (v !is JsonPrimitive || !v.isString) throw ApiError.field(key, "Value of '$k' must be a string, got ${kind(v)}.")
        }
    }

    /** An object whose values are strings, numbers or booleans (event properties). */
    /** Any JSON object (checkout metadata: arbitrary JSON values, kept as sent). */
    val jsonObject: Rule = Rule { key, value ->
        if (value !is JsonObject) throw ApiError.field(key, "Expected an object, got ${kind(value)}.")
    }

    val properties: Rule = Rule { key, value ->
        val obj = value as? JsonObject ?: throw ApiError.field(key, "Expected an object, got ${kind(value)}.")
        for ((k, v) in obj) {
            if (v !is JsonPrimitive || v is JsonNull) {
                throw ApiError.field(key, "Value of '$k' must be a string, number or boolean, got ${kind(v)}.")
            }
        }
    }

    /** `yyyy-MM-dd HH:mm:ss.SSSSSS` (UTC). */
    val microsTimestamp: Rule = Rule { key, value ->
        val text = stringOf(key, value)
        if (!MICROS.matches(text) || !parses(text, "yyyy-MM-dd HH:mm:ss.SSSSSS")) {
            throw ApiError.field(key, "Datetime has wrong format ('$text'); use yyyy-MM-dd HH:mm:ss.SSSSSS (UTC).")
        }
    }

    /** `yyyy-MM-dd`. */
    val date: Rule = Rule { key, value ->
        val text = stringOf(key, value)
        val ok = DATE.matches(text) && try {
            LocalDate.parse(text)
            true
        } catch (e: DateTimeParseException) {
            false
        }
        if (!ok) throw ApiError.field(key, "Date has wrong format ('$text'); use yyyy-MM-dd.")
    }

    /** The literal `now` or a future `yyyy-MM-dd HH:mm:ss` (UTC). */
    val trialEnd: Rule = Rule { key, value ->
        val text = stringOf(key, value)
        if (text == "now") return@Rule
        if (!SECONDS.matches(text) || !parses(text, "yyyy-MM-dd HH:mm:ss")) {
            throw ApiError.field(key, "Expected 'now' or a datetime yyyy-MM-dd HH:mm:ss (UTC), was '$text'.")
        }
        val at = LocalDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toInstant(java.time.ZoneOffset.UTC)
        if (!at.isAfter(java.time.Instant.now())) throw ApiError.field(key, "Must be in the future, was '$text'.")
    }

    /** `[{identifier, quantity}]` with quantity >= 0. */
    val features: Rule = Rule { key, value ->
        val array = value as? JsonArray ?: throw ApiError.field(key, "Expected an array, got ${kind(value)}.")
        array.forEachIndexed { i, item ->
            val obj = item as? JsonObject ?: throw ApiError.field(key, "Item $i must be an object, got ${kind(item)}.")
            for (k in obj.keys) if (k != "identifier" && k != "quantity") throw ApiError.field(key, "Item $i: unknown field '$k'.")
            val id = obj["identifier"] ?: throw ApiError.field(key, "Item $i: 'identifier' is required.")
            if (stringOf("$key[$i].identifier", id).isBlank()) throw ApiError.field(key, "Item $i: 'identifier' may not be blank.")
            val q = obj["quantity"] ?: throw ApiError.field(key, "Item $i: 'quantity' is required.")
            if (longOf("$key[$i].quantity", q) < 0) throw ApiError.field(key, "Item $i: 'quantity' must be 0 or more.")
        }
    }

    private val ADDRESS_KEYS = setOf("country", "line1", "line2", "postalCode", "city", "state")

    /** `{country, line1, line2?, postalCode, city, state}`; every value a string, none `null`. */
    val billingAddress: Rule = Rule { key, value ->
        val obj = value as? JsonObject ?: throw ApiError.field(key, "Expected an object, got ${kind(value)}.")
        for ((k, v) in obj) {
            if (k !in ADDRESS_KEYS) throw ApiError.field(key, "Unknown field '$k'; expected ${ADDRESS_KEYS.joinToString(", ")}.")
            if (v is JsonNull) throw ApiError.field(key, "'$k' may not be null: omit it instead.")
            stringOf("$key.$k", v)
        }
        val country = (obj["country"] as? JsonPrimitive)?.content
        if (country != null && !COUNTRY.matches(country)) {
            throw ApiError.field(key, "'country' must be an ISO 3166-1 alpha-2 code such as IN, was '$country'.")
        }
    }

    private fun parses(text: String, pattern: String): Boolean = try {
        LocalDateTime.parse(text, DateTimeFormatter.ofPattern(pattern))
        true
    } catch (e: DateTimeParseException) {
        false
    }
}
