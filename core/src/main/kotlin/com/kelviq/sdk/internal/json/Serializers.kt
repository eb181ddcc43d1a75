package com.kelviq.sdk.internal.json

import java.time.DateTimeException
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.OffsetDateTime
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter
import java.time.format.DateTimeFormatterBuilder
import java.time.temporal.ChronoField
import kotlinx.serialization.KSerializer
import kotlinx.serialization.SerializationException
import kotlinx.serialization.descriptors.PrimitiveKind
import kotlinx.serialization.descriptors.PrimitiveSerialDescriptor
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonDecoder
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonEncoder
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Date-time formats of the Kelviq wire. */
internal object WireTime {
    /** `yyyy-MM-dd HH:mm:ss.SSSSSS` in UTC: event timestamps. */
    val MICROS: DateTimeFormatter = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC)

    /** `yyyy-MM-dd HH:mm:ss` in UTC: trial ends. */
    val SECONDS: DateTimeFormatter = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC)

    /** Zone-less `yyyy-MM-dd[ T]HH:mm[:ss[.fraction]]`, read as UTC. */
    private val ZONELESS: DateTimeFormatter = DateTimeFormatterBuilder()
        .append(DateTimeFormatter.ISO_LOCAL_DATE)
        .optionalStart().appendLiteral(' ').optionalEnd()
        .optionalStart().appendLiteral('T').optionalEnd()
        .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
        .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
        .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
        .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
        .toFormatter()

    /**
     * Reads an instant in any form the server uses: ISO-8601 with `Z` or an offset
     * (`2025-06-04T06:03:30.195790Z`), or zone-less UTC (`2025-05-22 08:27:45`, `2025-05-23 10:30:00.123456`).
     */
    fun parseInstant(text: String): Instant {
        val t = text.trim()
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant()
        } catch (ignored: DateTimeException) {
            // not offset-qualified: try zone-less UTC
        }
        return try {
            LocalDateTime.parse(t, ZONELESS).toInstant(ZoneOffset.UTC)
        } catch (e: DateTimeException) {
            throw SerializationException("Not a date-time: '$t'", e)
        }
    }

    /**
     * The instant [text] names in one of the forms [parseInstant] reads, or `null` when it is absent or names none:
     * the tolerant reading of a response's date-time field, whose text the model keeps beside it.
     */
    fun instantOrNull(text: String?): Instant? = if (text == null) null else try {
        parseInstant(text)
    } catch (e: SerializationException) {
        null
    } catch (e: DateTimeException) {
        null
    }

    /** Like [instantOrNull] for a date field (see [parseDate]). */
    fun dateOrNull(text: String?): LocalDate? = if (text == null) null else try {
        parseDate(text)
    } catch (e: SerializationException) {
        null
    } catch (e: DateTimeException) {
        null
    }

    /** Reads a date `yyyy-MM-dd`, also accepting a date-time whose date part is taken. */
    fun parseDate(text: String): LocalDate {
        val t = text.trim()
        return try {
            if (t.length > 10 && (t[10] == 'T' || t[10] == ' ')) LocalDate.parse(t.substring(0, 10)) else LocalDate.parse(t)
        } catch (e: DateTimeException) {
            throw SerializationException("Not a date: '$t'", e)
        }
    }
}

/**
 * A `Map<String, String>` (metadata) read leniently: numbers and booleans are kept as their text,
 * nested values as their JSON text, `null` values dropped.
 */
internal object LenientStringMapSerializer : KSerializer<Map<String, String>> {
    private val delegate = JsonObject.serializer()
    override val descriptor: SerialDescriptor = delegate.descriptor

    override fun deserialize(decoder: Decoder): Map<String, String> {
        val json = decoder as? JsonDecoder ?: throw SerializationException("Metadata can only be read from JSON")
        val obj = json.decodeJsonElement() as? JsonObject ?: throw SerializationException("Metadata must be a JSON object")
        val out = LinkedHashMap<String, String>(obj.size)
        for ((k, v) in obj) {
            when (v) {
                is JsonNull -> Unit
                is JsonPrimitive -> out[k] = v.content
                else -> {
                    // JsonElement.toString recurses: a hostile depth would overflow the stack (kotlinx-serialization 1.9).
                    if (nestingDepth(v) > MAX_NESTED_METADATA_DEPTH) {
                        throw SerializationException("Metadata value of key '$k' is nested deeper than $MAX_NESTED_METADATA_DEPTH levels")
                    }
                    out[k] = v.toString()
                }
            }
        }
        return out
    }

    private const val MAX_NESTED_METADATA_DEPTH = 64

    /** The nesting depth of [root] (a primitive is 0), measured without recursion. */
    private fun nestingDepth(root: JsonElement): Int {
        var deepest = 0
        val pending = ArrayDeque<Pair<JsonElement, Int>>()
        pending.addLast(root to 0)
        while (pending.isNotEmpty()) {
            val (element, depth) = pending.removeLast()
            if (depth > deepest) deepest = depth
            if (deepest > MAX_NESTED_METADATA_DEPTH) return deepest
            when (element) {
                is JsonObject -> element.values.forEach { pending.addLast(it to depth + 1) }
                is JsonArray -> element.forEach { pending.addLast(it to depth + 1) }
                else -> Unit
            }
        }
        return deepest
    }

    override fun serialize(encoder: Encoder, value: Map<String, String>) {
        val json = encoder as? JsonEncoder ?: throw SerializationException("Metadata can only be written to JSON")
        json.encodeJsonElement(JsonObject(value.mapValues { JsonPrimitive(it.value) }))
    }
}

/**
 * The text of a response field the published OpenAPI types as a plain string (dates above all): any JSON primitive
 * as its content, an object or array as its JSON text, so that no value of such a field fails the answer. The model
 * keeps it as `<field>Text` and offers the typed reading beside it (`<field>`, `null` when the text is no date).
 */
internal object FieldTextSerializer : KSerializer<String> {
    override val descriptor: SerialDescriptor = PrimitiveSerialDescriptor("com.kelviq.FieldText", PrimitiveKind.STRING)

    override fun deserialize(decoder: Decoder): String {
        val json = decoder as? JsonDecoder ?: return decoder.decodeString()
        return when (val element = json.decodeJsonElement()) {
            is JsonPrimitive -> element.content
            else -> element.toString()
        }
    }

    override fun serialize(encoder: Encoder, value: String) = encoder.encodeString(value)
}

/** A string read from any JSON primitive (`"7"`, `7`, `true`): for ids and amounts the server may send unquoted. */
internal object PrimitiveAsStringSerializer : KSerializer<String> {
    override val descriptor: SerialDescriptor = PrimitiveSerialDescriptor("com.kelviq.PrimitiveString", PrimitiveKind.STRING)

    override fun deserialize(decoder: Decoder): String {
        val json = decoder as? JsonDecoder ?: return decoder.decodeString()
        val element = json.decodeJsonElement()
        return (element as? JsonPrimitive)?.takeIf { it !is JsonNull }?.content
            ?: throw SerializationException("Expected a string or number, got $element")
    }

    override fun serialize(encoder: Encoder, value: String) = encoder.encodeString(value)
}

/**
 * Integers the published OpenAPI declares without a range (counts, trial days, versions), read from the exact text a
 * model keeps (`<field>Text`): any number (or numeric text), a fraction dropped, a value beyond the type held at its
 * nearest bound; `null` when absent or not a number. Ids are not read this way: one that does not fit fails the answer.
 */
internal object WireNumbers {
    fun longOrNull(text: String?): Long? = bounded(text, Long.MIN_VALUE, Long.MAX_VALUE)

    fun intOrNull(text: String?): Int? = bounded(text, Int.MIN_VALUE.toLong(), Int.MAX_VALUE.toLong())?.toInt()

    private fun bounded(text: String?, min: Long, max: Long): Long? {
        val t = text?.trim() ?: return null
        t.toLongOrNull()?.let { return it.coerceIn(min, max) }
        val exact = t.toBigDecimalOrNull() ?: return null
        return when {
            exact > java.math.BigDecimal.valueOf(max) -> max
            exact < java.math.BigDecimal.valueOf(min) -> min
            else -> exact.toLong()
        }
    }
}
