package com.kelviq.sdk.internal

import com.kelviq.sdk.Environment

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
}
