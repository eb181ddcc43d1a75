package com.kelviq.sdk.internal.cache

import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.EntitlementDetail
import com.kelviq.sdk.model.UsageBehaviour

/**
 * A reported usage applied to cached entitlements, as the official SDKs do, so that a check right after a
 * report sees it without a refetch: the feature's `METER` entries take the new usage (`SET` replaces the
 * feature's total, kept on its first entry; `DELTA` adds to the first entry), with `remaining` recomputed and each
 * changed entry's `hasAccess` set by the official rule ([EntitlementAggregation.meterAccess]); the aggregate is then
 * [EntitlementAggregation]'s, as for an answer of the server. The next snapshot fetched from the server replaces it.
 */
internal object OptimisticUsage {
    /** [entitlements] with the usage applied, or `null` when the customer has no `METER` entry for [featureId]. */
    fun apply(entitlements: CustomerEntitlements, featureId: String, behaviour: UsageBehaviour, value: Long): CustomerEntitlements? {
        val entries = entitlements.entitlements
        val meters = entries.indices.filter { entries[it].featureId == featureId && EntitlementAggregation.isMeter(entries[it].featureType) }
        if (meters.isEmpty()) return null
        val first = meters[0]
        val updated = entries.mapIndexed { i, e ->
            when {
                i == first -> withUsage(e, if (behaviour == UsageBehaviour.SET) value else EntitlementAggregation.saturatedAdd(e.currentUsage ?: 0L, value))
                i in meters && behaviour == UsageBehaviour.SET -> withUsage(e, 0L)
                else -> e
            }
        }
        return CustomerEntitlements(entitlements.customerId, updated)
    }

    private fun withUsage(e: EntitlementDetail, usage: Long): EntitlementDetail {
        val remaining = e.usageLimit?.let { it - usage }
        return EntitlementDetail(
            e.featureId, e.featureType, EntitlementAggregation.meterAccess(remaining), e.resetAtText, e.hardLimit, e.usageLimit, usage, remaining,
        )
    }
}
