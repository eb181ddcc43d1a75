package com.kelviq.sdk.internal.json

import java.math.BigDecimal
import java.util.Collections
import kotlinx.serialization.KSerializer
import kotlinx.serialization.SerializationException
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

/**
 * JSON as plain, unmodifiable Java values, the form free-form response fields (`Customer.details`,
 * `Subscription.features`, `Subscription.raw`) take in the models: an object is a `Map<String, Object>`
 * (keys in the order sent), an array a `List<Object>`, a string a `String`, an integer that fits a `Long`, any
 * other number a `Double` when exact or else a `BigDecimal`, `true`/`false` a `Boolean`, `null` a `null`.
 */
internal object JavaJson {
    fun toJava(element: JsonElement): Any? = when (element) {
        is JsonObject -> toJavaMap(element)
        is JsonArray -> Collections.unmodifiableList(element.map(::toJava))
        is JsonNull -> null
        is JsonPrimitive -> jsonToPlain(element)
    }

    fun toJavaMap(obj: JsonObject): Map<String, Any?> =
        Collections.unmodifiableMap(LinkedHashMap<String, Any?>(obj.size).also { m -> obj.forEach { (k, v) -> m[k] = toJava(v) } })

    fun toJson(value: Any?): JsonElement = when (value) {
        null -> JsonNull
        is JsonElement -> value
        is String -> JsonPrimitive(value)
        is Boolean -> JsonPrimitive(value)
        is BigDecimal -> JsonPrimitive(value)
        is Number -> JsonPrimitive(value)
        is Map<*, *> -> JsonObject(value.entries.associate { (k, v) -> k.toString() to toJson(v) })
        is List<*> -> JsonArray(value.map(::toJson))
        else -> throw SerializationException("Not a JSON value: ${value::class.java.name}")
    }
}

/** A JSON object field as an unmodifiable `Map<String, Object>` of [JavaJson] values. */
internal object JavaJsonMapSerializer : KSerializer<Map<String, Any?>> {
    override val descriptor: SerialDescriptor = JsonObject.serializer().descriptor

    override fun deserialize(decoder: Decoder): Map<String, Any?> {
        val json = decoder as? JsonDecoder ?: throw SerializationException("JSON objects can only be read from JSON")
        val obj = json.decodeJsonElement() as? JsonObject ?: throw SerializationException("Expected a JSON object")
        return JavaJson.toJavaMap(obj)
    }

    override fun serialize(encoder: Encoder, value: Map<String, Any?>) {
        (encoder as JsonEncoder).encodeJsonElement(JavaJson.toJson(value))
    }
}

/** Any JSON field as a [JavaJson] value. */
internal object JavaJsonValueSerializer : KSerializer<Any?> {
    override val descriptor: SerialDescriptor = JsonElement.serializer().descriptor

    override fun deserialize(decoder: Decoder): Any? {
        val json = decoder as? JsonDecoder ?: throw SerializationException("JSON values can only be read from JSON")
        return JavaJson.toJava(json.decodeJsonElement())
    }

    override fun serialize(encoder: Encoder, value: Any?) {
        (encoder as JsonEncoder).encodeJsonElement(JavaJson.toJson(value))
    }
}
