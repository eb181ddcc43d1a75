package com.kelviq.sdk.internal.json

import com.kelviq.sdk.model.Subscription
import kotlinx.serialization.KSerializer
import kotlinx.serialization.SerializationException
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder
import kotlinx.serialization.json.JsonDecoder
import kotlinx.serialization.json.JsonObject

/** Decodes a [Subscription] with its generated serializer and keeps the whole object in [Subscription.raw]. */
internal object SubscriptionSerializer : KSerializer<Subscription> {
    private val generated = Subscription.generatedSerializer()
    override val descriptor: SerialDescriptor = generated.descriptor

    override fun deserialize(decoder: Decoder): Subscription {
        val json = decoder as? JsonDecoder ?: return generated.deserialize(decoder)
        val obj = json.decodeJsonElement() as? JsonObject ?: throw SerializationException("A subscription must be a JSON object")
        return json.json.decodeFromJsonElement(generated, obj).also { it.rawJson = JavaJson.toJavaMap(obj) }
    }

    override fun serialize(encoder: Encoder, value: Subscription) = generated.serialize(encoder, value)
}
