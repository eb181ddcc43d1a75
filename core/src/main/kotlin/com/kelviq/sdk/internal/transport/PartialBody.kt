package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.internal.json.KelviqJson
import com.kelviq.sdk.internal.transport.ResponseDecoder
import kotlinx.serialization.json.JsonObject

/**
 * What can be read of a write's 2xx answer whose body does not decode as it is: the model read without the one
 * top-level field that stops it (tried field by field, in the body's order), or `null` when no single field does
 * (the body is no JSON object, or a field the operation needs is missing). Runs only after a failed decode.
 */
internal object PartialBody {
    private const val MAX_FIELDS = 64

    fun <T> decodeWithoutOneField(decoder: ResponseDecoder<T>, status: Int, body: String): T? {
        val tree = runCatching { KelviqJson.parseToJsonElement(body) }.getOrNull() as? JsonObject ?: return null
        if (tree.size > MAX_FIELDS) return null
        for (key in tree.keys) {
            val without = JsonObject(tree - key).toString()
            val model = runCatching { decoder.decode(status, without) }.getOrNull()
            if (model != null) return model
        }
        return null
    }
}
