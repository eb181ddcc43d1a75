package com.kelviq.sdk.internal

import com.kelviq.sdk.model.Entitlement
import com.kelviq.sdk.model.EntitlementDetail

/** Aggregates raw entitlement entries per feature, with the has-access rule of the Kelviq SDKs. */
internal object EntitlementAggregation {

    /** Every feature's aggregate, in the order features first appear. */
    fun byFeature(entries: List<EntitlementDetail>): Map<String, Entitlement> {
        if (entries.isEmpty()) return emptyMap()
        val grouped = LinkedHashMap<String, MutableList<EntitlementDetail>>()
        for (e in entries) grouped.getOrPut(e.featureId) { ArrayList(1) }.add(e)
        val out = LinkedHashMap<String, Entitlement>(grouped.size * 2)
        for ((feature, items) in grouped) out[feature] = aggregate(feature, items)
        return out
    }

    /** The aggregate of [featureId] in [entries], or `null` when no entry is about it. */
    fun of(featureId: String, entries: List<EntitlementDetail>): Entitlement? {
        val items = entries.filter { it.featureId == featureId }
        return if (items.isEmpty()) null else aggregate(featureId, items)
    }

    fun aggregate(featureId: String, items: List<EntitlementDetail>): Entitlement {
        require(items.isNotEmpty()) { "no entries for $featureId" }
        val first = items[0]
        val type = first.featureType
        val hardLimit = items.any { it.hardLimit == true }
        val resetAt = items.mapNotNull { it.resetAt }.minOrNull()
        return if (type.equals("METER", ignoreCase = true)) {
            val unlimited = items.any { it.usageLimit == null }
            val usageLimit = if (unlimited) null else items.sumOf { it.usageLimit ?: 0L }
            val currentUsage = if (unlimited) null else items.sumOf { it.currentUsage ?: 0L }
            val remaining = if (usageLimit == null || currentUsage == null) null else usageLimit - currentUsage
            val hasAccess = !(hardLimit && (remaining == null || remaining <= 0))
            Entitlement(featureId, type, hasAccess, hardLimit, usageLimit, currentUsage, remaining, resetAt, items)
        } else {
            Entitlement(
                featureId, type, items.any { it.hasAccess }, hardLimit,
                first.usageLimit, first.currentUsage, first.remaining, resetAt, items,
            )
        }
    }
}
