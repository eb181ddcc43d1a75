package com.kelviq.sdk.conformance

import io.swagger.v3.oas.models.media.Schema
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.math.BigDecimal
import java.math.BigInteger
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter
import java.util.UUID
import kotlin.random.Random

/**
 * Random bodies from a schema of the published OpenAPI: every optional property present or absent, `null` where the
 * schema is nullable, any text where it is a plain string, numbers across their whole declared range (an integer
 * without a format may exceed `Long`), unknown extra keys where objects allow them. What the SDK must have to give
 * the operation its meaning ([needed]: component name to property names) is always present and never `null`.
 */
class SchemaSamples(
    private val spec: PublishedSpec,
    private val random: Random,
    private val needed: Map<String, Set<String>> = emptyMap(),
    /** A needed property to leave out (component name to property), for the tests of what a missing one does. */
    private val omit: Pair<String, String>? = null,
) {
    /** Whether the last [sample] left [omit] out somewhere (the component occurred in it). */
    var omitted: Boolean = false
        private set

    /** A random value of [schema]. */
    fun sample(schema: Schema<*>): JsonElement {
        omitted = false
        return value(schema, owner = null, depth = 0, mayBeNull = true)
    }

    private fun value(schema: Schema<*>, owner: String?, depth: Int, mayBeNull: Boolean): JsonElement {
        val name = spec.refName(schema) ?: owner
        val s = spec.resolve(schema)
        if (mayBeNull && s.nullable == true && random.nextInt(6) == 0) return JsonNull
        s.enum?.takeIf { it.isNotEmpty() }?.let { values ->
            val v = values[random.nextInt(values.size)]
            return if (v == null) JsonNull else primitive(v)
        }
        s.oneOf?.takeIf { it.isNotEmpty() }?.let { return value(it[random.nextInt(it.size)], name, depth, mayBeNull) }
        s.anyOf?.takeIf { it.isNotEmpty() }?.let { return value(it[random.nextInt(it.size)], name, depth, mayBeNull) }
        s.allOf?.takeIf { it.isNotEmpty() }?.let { parts ->
            val merged = LinkedHashMap<String, JsonElement>()
            for (p in parts) (value(p, name, depth, mayBeNull = false) as? JsonObject)?.let { merged.putAll(it) }
            return JsonObject(merged)
        }
        return when (s.type ?: if (s.properties != null) "object" else null) {
            "object" -> obj(s, name, depth)
            "array" -> JsonArray(List(random.nextInt(if (depth > 3) 1 else 4)) { value(s.items, null, depth + 1, mayBeNull = true) })
            "string" -> JsonPrimitive(string(s))
            "integer" -> JsonPrimitive(integer(s))
            "number" -> JsonPrimitive(number(s))
            "boolean" -> JsonPrimitive(random.nextBoolean())
            else -> anyValue(depth)
        }
    }

    private fun obj(s: Schema<*>, name: String?, depth: Int): JsonObject {
        val out = LinkedHashMap<String, JsonElement>()
        val required = s.required.orEmpty().toSet()
        val must = needed[name].orEmpty()
        for ((key, prop) in s.properties.orEmpty()) {
            if (omit != null && omit.first == name && omit.second == key) {
                omitted = true
                continue
            }
            val forced = key in must
            if (forced || key in required || random.nextBoolean()) {
                out[key] = if (forced && spec.resolve(prop).let { it.type == "integer" && it.format == null }) {
                    // A needed integer (an id) the SDK reads as 64 bits: one beyond that fails by design, naming it.
                    JsonPrimitive(random.nextLong(0, Long.MAX_VALUE))
                } else {
                    value(prop, null, depth + 1, mayBeNull = !forced)
                }
            }
        }
        when (val extra = s.additionalProperties) {
            is Schema<*> -> repeat(random.nextInt(3)) { out["k${random.nextInt(1000)}"] = value(extra, null, depth + 1, mayBeNull = true) }
            false -> Unit
            else -> if (random.nextInt(3) == 0) out["unknownKey${random.nextInt(100)}"] = anyValue(depth + 1)
        }
        return JsonObject(out)
    }

    private fun string(s: Schema<*>): String {
        val text = when (s.format) {
            "date-time" -> dateTime()
            "date" -> LocalDate.ofEpochDay(random.nextLong(-20_000, 60_000)).toString()
            "uuid" -> UUID(random.nextLong(), random.nextLong()).toString()
            "email" -> "u${random.nextInt(10_000)}@example.com"
            "uri", "url" -> "https://example.com/p/${random.nextInt(10_000)}?q=${random.nextInt(100)}"
            else -> ANY_TEXT[random.nextInt(ANY_TEXT.size)].let { if (it == RANDOM) randomText() else it }
        }
        val min = s.minLength ?: 0
        val max = s.maxLength ?: Int.MAX_VALUE
        return text.padEnd(min, 'x').let { if (it.length > max) it.take(max) else it }
    }

    private fun dateTime(): String {
        val instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextLong(0, 1_000_000_000L))
        val offset = if (random.nextBoolean()) ZoneOffset.UTC else ZoneOffset.ofHoursMinutes(random.nextInt(-12, 14), 0)
        val fraction = listOf("", ".SSS", ".SSSSSS", ".SSSSSSSSS")[random.nextInt(4)]
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss${fraction}XXX").format(instant.atOffset(offset))
    }

    private fun randomText(): String = String(CharArray(random.nextInt(1, 40)) { (random.nextInt(0x20, 0x2FF)).toChar() })

    private fun integer(s: Schema<*>): Number {
        val (lo, hi) = when (s.format) {
            "int32" -> BigInteger.valueOf(Int.MIN_VALUE.toLong()) to BigInteger.valueOf(Int.MAX_VALUE.toLong())
            "int64" -> BigInteger.valueOf(Long.MIN_VALUE) to BigInteger.valueOf(Long.MAX_VALUE)
            else -> BigInteger.TEN.pow(25).negate() to BigInteger.TEN.pow(25)
        }
        val min = s.minimum?.toBigInteger()?.let { if (s.exclusiveMinimum == true) it + BigInteger.ONE else it }?.max(lo) ?: lo
        val max = s.maximum?.toBigInteger()?.let { if (s.exclusiveMaximum == true) it - BigInteger.ONE else it }?.min(hi) ?: hi
        val pick = when (random.nextInt(5)) {
            0 -> min
            1 -> max
            else -> BigInteger.valueOf(random.nextLong(-1000, 100_000)).max(min).min(max)
        }
        return if (pick.bitLength() < 64) pick.toLong() else pick
    }

    private fun number(s: Schema<*>): Number {
        val min = s.minimum ?: BigDecimal("-1e12")
        val max = s.maximum ?: BigDecimal("1e12")
        val pick = when (random.nextInt(4)) {
            0 -> BigDecimal(random.nextInt(0, 100_000))
            1 -> BigDecimal("${random.nextInt(0, 100_000)}.${random.nextInt(0, 100)}")
            2 -> BigDecimal("12345678901234567890.123456789")
            else -> BigDecimal(random.nextDouble(-1e6, 1e6)).setScale(4, java.math.RoundingMode.HALF_UP)
        }
        return pick.max(min).min(max).let { if (s.exclusiveMinimum == true && it.compareTo(min) == 0) min + BigDecimal.ONE else it }
    }

    private fun anyValue(depth: Int): JsonElement = when (random.nextInt(if (depth > 3) 4 else 6)) {
        0 -> JsonPrimitive(randomText())
        1 -> JsonPrimitive(random.nextInt())
        2 -> JsonPrimitive(random.nextBoolean())
        3 -> JsonNull
        4 -> JsonObject(mapOf("n" to anyValue(depth + 1)))
        else -> JsonArray(listOf(anyValue(depth + 1)))
    }

    private fun primitive(v: Any): JsonPrimitive = when (v) {
        is Number -> JsonPrimitive(v)
        is Boolean -> JsonPrimitive(v)
        else -> JsonPrimitive(v.toString())
    }

    private companion object {
        const val RANDOM = "\u0000random"

        /** Texts a plain string may hold: dates in other forms, words, numbers as text, escapes, long and unusual text. */
        val ANY_TEXT = listOf(
            "", " ", "soon", "at the end of the billing cycle", "2025-05-22 08:27:45", "2025-05-23 10:30:00.123456",
            "2025-06-04T06:03:30.195790Z", "2025-06-04T06:03:30+05:30", "2025-06-04", "22/05/2025", "null", "0", "-1",
            "1e400", "true", "Zürich ✓ 日本 😀", "a\"b\\c\n\t", "x".repeat(300), RANDOM, RANDOM, RANDOM,
        )
    }
}
