package com.kelviq.sdk

/**
 * A Kelviq environment: which hosts the SDK talks to.
 *
 * Every environment has two bases: the API base (customers, checkout, reporting,
 * subscriptions) and the edge base (entitlements). Both can be overridden in
 * [KelviqConfig] (`baseUrl`, `edgeUrl`), for example for legacy ParityDeals accounts.
 */
public enum class Environment(
    /** The API base URL of this environment, without trailing slash. */
    public val apiBaseUrl: String,
    /** The edge base URL of this environment (entitlements only), without trailing slash. */
    public val edgeBaseUrl: String,
) {
    /** Live data: `https://api.kelviq.com`. The default. */
    PRODUCTION("https://api.kelviq.com", "https://edge.api.kelviq.com"),

    /** Test data: `https://sandboxapi.kelviq.com`. */
    SANDBOX("https://sandboxapi.kelviq.com", "https://edge.sandboxapi.kelviq.com"),

    /** Kelviq's staging deployment: `https://stagingapi.kelviq.com`. */
    STAGING("https://stagingapi.kelviq.com", "https://edge.stagingapi.kelviq.com"),
}
