package com.kelviq.sdk.internal

import kotlinx.serialization.DeserializationStrategy
import kotlinx.serialization.SerializationException

/** Response decoders shared by the areas. */
internal object Decoders {
    /** Decodes a required JSON body with [strategy]; an empty body is an error. */
    fun <T> json(strategy: DeserializationStrategy<T>): ResponseDecoder<T> = ResponseDecoder { _, body ->
        if (body.isBlank()) throw SerializationException("Expected a JSON body, got an empty one")
        KelviqJson.decodeFromString(strategy, body)
    }

    /** Decodes a JSON body with [strategy], or returns [whenEmpty] for 204 or an empty body. */
    fun <T> jsonOrEmpty(strategy: DeserializationStrategy<T>, whenEmpty: () -> T): ResponseDecoder<T> =
        ResponseDecoder { status, body ->
            if (status == 204 || body.isBlank()) whenEmpty() else KelviqJson.decodeFromString(strategy, body)
        }
}
