package com.kelviq.sdk.internal.json

import com.kelviq.sdk.internal.transport.ResponseDecoder
import kotlinx.serialization.DeserializationStrategy
import kotlinx.serialization.SerializationException
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject

/** Response decoders shared by the areas. */
internal object Decoders {
    /** Decodes a required JSON body with [strategy]; an empty body is an error. */
    fun <T> json(strategy: DeserializationStrategy<T>): ResponseDecoder<T> = ResponseDecoder { _, body ->
        if (body.isBlank()) throw SerializationException("Expected a JSON body, got an empty one")
        KelviqJson.decodeFromString(strategy, body)
    }

    /**
     * Decodes a required JSON body with [strategy], taking what the request said ([echo]: the request's JSON, or the
     * ids it was sent for) for every key of it that the answer leaves out or sends as `null`: an answer that echoes
     * the request (a usage report, the customer of an entitlements read) never fails for lacking what was sent.
     */
    fun <T> jsonEchoing(strategy: DeserializationStrategy<T>, echo: JsonObject): ResponseDecoder<T> = ResponseDecoder { _, body ->
        if (body.isBlank()) throw SerializationException("Expected a JSON body, got an empty one")
        val tree = KelviqJson.parseToJsonElement(body)
        val missing = if (tree is JsonObject) echo.keys.filter { k -> lacks(tree, k) && lacks(tree, snakeCase(k)) } else emptyList()
        val filled = if (missing.isEmpty()) tree else JsonObject(LinkedHashMap<String, JsonElement>(tree as JsonObject).apply {
            for (k in missing) { remove(k); remove(snakeCase(k)); put(k, echo.getValue(k)) }
        })
        KelviqJson.decodeFromJsonElement(strategy, filled)
    }

    private fun lacks(tree: JsonObject, key: String): Boolean = tree[key].let { it == null || it is JsonNull }

    private fun snakeCase(key: String): String = buildString { for (c in key) if (c.isUpperCase()) append('_').append(c.lowercaseChar()) else append(c) }

    /** Decodes a JSON body with [strategy], or returns [whenEmpty] for 204 or an empty body. */
    fun <T> jsonOrEmpty(strategy: DeserializationStrategy<T>, whenEmpty: () -> T): ResponseDecoder<T> =
        ResponseDecoder { status, body ->
            if (status == 204 || body.isBlank()) whenEmpty() else KelviqJson.decodeFromString(strategy, body)
        }
}
