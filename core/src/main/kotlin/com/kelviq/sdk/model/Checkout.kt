@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.JsonNames

/** A checkout session: redirect the customer to [checkoutUrl] to pay. Immutable; equal when every field is. */
@Serializable
public class CheckoutSession internal constructor(
    /** The hosted checkout page. */
    @JsonNames("checkout_url") public val checkoutUrl: String,
    /** The session's identifier. */
    @JsonNames("checkout_session_id") public val checkoutSessionId: String,
) {
    override fun equals(other: Any?): Boolean = this === other ||
        other is CheckoutSession && checkoutUrl == other.checkoutUrl && checkoutSessionId == other.checkoutSessionId

    override fun hashCode(): Int = 31 * checkoutUrl.hashCode() + checkoutSessionId.hashCode()

    override fun toString(): String = "CheckoutSession(checkoutUrl=$checkoutUrl, checkoutSessionId=$checkoutSessionId)"

    internal companion object
}
