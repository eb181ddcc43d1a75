package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.Environment
import com.kelviq.sdk.errors.KelviqValidationException

/**
 * The API/edge host pairs Kelviq runs: one per [Environment], plus the legacy ParityDeals hosts. Overriding one
 * base URL with a known host implies its pair; any other single override is refused, so that entitlement
 * checks (and the API key) never silently go to the edge host of another environment.
 */
internal object KnownHosts {
    private val pairs: List<Pair<String, String>> =
        Environment.values().map { it.apiBaseUrl to it.edgeBaseUrl } + ("https://api.paritydeals.com" to "https://edge.api.paritydeals.com")

    fun edgeFor(apiBase: String): String? = pairs.firstOrNull { it.first.equals(apiBase, ignoreCase = true) }?.second

    fun apiFor(edgeBase: String): String? = pairs.firstOrNull { it.second.equals(edgeBase, ignoreCase = true) }?.first

    /** The API and edge bases in use: the environment's, both overrides, or one known override and its pair. */
    fun resolve(environment: Environment, baseUrl: String?, edgeUrl: String?, allowInsecureHttp: Boolean): Pair<String, String> {
        val base = baseUrl?.let { UrlRules.trimBase(it) }?.also { UrlRules.requireUsableBase("baseUrl", it, allowInsecureHttp) }
        val edge = edgeUrl?.let { UrlRules.trimBase(it) }?.also { UrlRules.requireUsableBase("edgeUrl", it, allowInsecureHttp) }
        val api = base ?: edge?.let { apiFor(it) } ?: if (edge == null) environment.apiBaseUrl else throw KelviqValidationException(
            "baseUrl", "must be set too when edgeUrl is overridden with a host that is not Kelviq's ($edge): " +
                "API calls would otherwise go to ${environment.apiBaseUrl}",
        )
        val edgeBase = edge ?: base?.let { edgeFor(it) } ?: if (base == null) environment.edgeBaseUrl else throw KelviqValidationException(
            "edgeUrl", "must be set too when baseUrl is overridden with a host that is not Kelviq's ($base): " +
                "entitlement checks, and the API key, would otherwise go to ${environment.edgeBaseUrl}",
        )
        return api to edgeBase
    }
}
