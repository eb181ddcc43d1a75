@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.Serializable
import java.net.URLEncoder

/**
 * A customer portal session: send the customer to [signedUrl] to manage their billing. Immutable; equal when
 * every field is. `toString()` does not show the token, which signs the customer in.
 */
@Serializable
public class PortalSession internal constructor(
    /** The session token that authenticates the customer on the portal. */
    public val token: String,
    /** The customer's e-mail address the token is tied to. */
    public val email: String? = null,
    /** The customer's portal URL; it does not authenticate by itself (see [signedUrl]). */
    public val customerPortalUrl: String,
) {
    /** The signed portal link: `{customerPortalUrl}?token={token}`, the token percent-encoded (`&token=` after an existing query). */
    public fun signedUrl(): String {
        val encoded = URLEncoder.encode(token, Charsets.UTF_8.name()).replace("+", "%20")
        return customerPortalUrl + (if ('?' in customerPortalUrl) "&" else "?") + "token=" + encoded
    }

    override fun equals(other: Any?): Boolean = this === other ||
        other is PortalSession && token == other.token && email == other.email && customerPortalUrl == other.customerPortalUrl

    override fun hashCode(): Int = listOf(token, email, customerPortalUrl).hashCode()

    /** Shows the e-mail and the portal URL, not the token. */
    override fun toString(): String = "PortalSession(token=****, email=$email, customerPortalUrl=$customerPortalUrl)"

    internal companion object
}
