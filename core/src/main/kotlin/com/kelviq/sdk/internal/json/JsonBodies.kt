package com.kelviq.sdk.internal.json

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonObjectBuilder
import kotlinx.serialization.json.JsonPrimitive

/** Puts [value] under [key] unless it is `null`: unset optional fields are omitted, never sent as `null`. */
internal fun JsonObjectBuilder.putIfSet(key: String, value: String?) {
    if (value != null) put(key, JsonPrimitive(value))
}

internal fun JsonObjectBuilder.putIfSet(key: String, value: Number?) {
    if (value != null) put(key, JsonPrimitive(value))
}

internal fun JsonObjectBuilder.putIfSet(key: String, value: Boolean?) {
    if (value != null) put(key, JsonPrimitive(value))
}

internal fun JsonObjectBuilder.putIfSet(key: String, value: JsonElement?) {
    if (value != null) put(key, value)
}

/** A string map as a JSON object. */
internal fun Map<String, String>.toJsonObject(): JsonObject = JsonObject(mapValues { JsonPrimitive(it.value) })

/** Event properties (strings, numbers, booleans) as a JSON object; `null` values become JSON null. */
internal fun propertiesToJson(properties: Map<String, Any?>): JsonObject = JsonObject(
    properties.mapValues { (key, v) ->
        when (v) {
            null -> JsonNull
            is String -> JsonPrimitive(v)
            is Boolean -> JsonPrimitive(v)
            is Number -> JsonPrimitive(v)
            is Char -> JsonPrimitive(v.toString())
            else -> throw com.kelviq.sdk.errors.KelviqValidationException(
                "properties.$key",
                "must be a string, number or boolean, was ${v.javaClass.name}",
            )
        }
    },
)

/** JSON values of event properties as plain Java values: String, Long, Double, BigDecimal, Boolean or null. */
internal fun jsonToPlain(element: JsonElement): Any? = when (element) {
    is JsonNull -> null
    is JsonPrimitive -> when {
        element.isString -> element.content
        element.content == "true" -> true
        element.content == "false" -> false
        else -> element.content.toLongOrNull() ?: element.content.toBigDecimalOrNull()?.let {
            val d = it.toDouble()
            if (d.isFinite() && d.toBigDecimal().compareTo(it) == 0) d else it
        } ?: element.content
    }
    is JsonArray -> element.map(::jsonToPlain)
    is JsonObject -> element.mapValues { jsonToPlain(it.value) }
}
