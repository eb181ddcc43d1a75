@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.internal.json

import com.kelviq.sdk.model.BillingAddress
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.KSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder
import kotlinx.serialization.json.JsonNames

/** The wire form of [BillingAddress], so that the public class carries no generated `serializer()`. */
@Serializable
private class BillingAddressWire(
    val country: String? = null,
    val line1: String? = null,
    val line2: String? = null,
    @JsonNames("postal_code") val postalCode: String? = null,
    val city: String? = null,
    val state: String? = null,
)

/** Reads and writes a [BillingAddress] (`postalCode`, also read as `postal_code`). */
internal object BillingAddressSerializer : KSerializer<BillingAddress> {
    private val wire = BillingAddressWire.serializer()
    override val descriptor: SerialDescriptor = wire.descriptor

    override fun deserialize(decoder: Decoder): BillingAddress =
        wire.deserialize(decoder).let { BillingAddress(it.country, it.line1, it.line2, it.postalCode, it.city, it.state) }

    override fun serialize(encoder: Encoder, value: BillingAddress) {
        wire.serialize(encoder, BillingAddressWire(value.country, value.line1, value.line2, value.postalCode, value.city, value.state))
    }
}
