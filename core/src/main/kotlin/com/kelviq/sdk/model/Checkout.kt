@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.JsonNames

/**
 * A checkout session: redirect the customer to [checkoutUrl] to pay.
 *
 * @property checkoutUrl the hosted checkout page.
 * @property checkoutSessionId the session's identifier.
 */
@Serializable
public data class CheckoutSession(
    @JsonNames("checkout_url") val checkoutUrl: String,
    @JsonNames("checkout_session_id") val checkoutSessionId: String,
)
