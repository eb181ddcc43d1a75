package com.kelviq.sdk.model

import com.kelviq.sdk.internal.validation.Checks
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * A feature and the quantity wanted of it, in checkout and subscription requests:
 * `new FeatureQuantity("seats", 5)`.
 *
 * @throws com.kelviq.sdk.errors.KelviqValidationException when [identifier] is blank or [quantity] negative.
 */
public class FeatureQuantity(
    /** The feature's identifier, e.g. `seats`. */
    public val identifier: String,
    /** The quantity wanted, 0 or more. */
    public val quantity: Int,
) {
    init {
        Checks.id("features.identifier", identifier)
        Checks.nonNegative("features.quantity", quantity.toLong())
    }

    internal fun toJson(): JsonObject = JsonObject(
        mapOf("identifier" to JsonPrimitive(identifier), "quantity" to JsonPrimitive(quantity)),
    )

    override fun equals(other: Any?): Boolean =
        other is FeatureQuantity && other.identifier == identifier && other.quantity == quantity

    override fun hashCode(): Int = identifier.hashCode() * 31 + quantity

    override fun toString(): String = "FeatureQuantity(identifier=$identifier, quantity=$quantity)"
}
