package com.kelviq.sdk.internal.cache

import com.kelviq.sdk.internal.runtime.NanoClock
import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.Entitlement

/**
 * One customer's entitlements as fetched at [fetchedAt] (a [NanoClock] reading), immutable, with
 * the per-feature aggregates computed once so that a cache hit allocates nothing.
 *
 * An [invalidated] snapshot is no longer served as an answer, only as a fallback when the
 * refresh fails with a network error or a 5xx.
 */
internal class EntitlementSnapshot(
    val entitlements: CustomerEntitlements,
    val fetchedAt: Long,
    val invalidated: Boolean = false,
) {
    private val byFeature: Map<String, Entitlement> = entitlements.byFeature()

    fun entitlement(featureId: String): Entitlement? = byFeature[featureId]

    fun hasAccess(featureId: String): Boolean = byFeature[featureId]?.hasAccess ?: false

    fun asInvalidated(): EntitlementSnapshot = if (invalidated) this else EntitlementSnapshot(entitlements, fetchedAt, true)
}
