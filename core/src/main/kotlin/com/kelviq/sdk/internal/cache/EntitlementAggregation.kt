package com.kelviq.sdk.internal.cache

import com.kelviq.sdk.model.Entitlement
import com.kelviq.sdk.model.EntitlementDetail

/**
 * The aggregation of raw entitlement entries per feature, exactly as the official Kelviq SDKs do it (Python SDK 2.x,
 * "get_entitlement"; `API.md` "Entitlements"), so that one customer gets the same answer from every Kelviq SDK. Every
 * path that decides access goes through here: direct calls, the cache and its snapshots (also a fleet's), and the
 * optimistic usage applied after a report.
 *
 * - `METER`: `hardLimit` true if any entry has one; `usageLimit` and `currentUsage` summed (`usageLimit` `null`,
 *   unlimited, if any entry's is); `remaining = usageLimit - currentUsage` (`null` when unlimited);
 *   `hasAccess = remaining == null || remaining > 0`, whatever `hardLimit` says.
 * - `BOOLEAN`: `hardLimit` false, `usageLimit` `null`, `currentUsage` 0, `remaining` `null`; access if any entry grants it.
 * - `CUSTOMIZABLE` and every other type: the first entry's values; access if any entry grants it.
 * - `resetAt`: the earliest that can be read.
 */
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

    /** Whether a metered feature with [remaining] usage left grants access: unlimited (`null`) or some left. */
    fun meterAccess(remaining: Long?): Boolean = remaining == null || remaining > 0

    /** Whether [featureType] is a metered feature (`METER`, in any case). */
    fun isMeter(featureType: String): Boolean = featureType.equals(METER, ignoreCase = true)

    fun aggregate(featureId: String, items: List<EntitlementDetail>): Entitlement {
        require(items.isNotEmpty()) { "no entries for $featureId" }
        val first = items[0]
        val type = first.featureType
        val resetAt = items.mapNotNull { it.resetAt }.minOrNull()
        return when {
            isMeter(type) -> {
                val hardLimit = items.any { it.hardLimit == true }
                val usageLimit = if (items.any { it.usageLimit == null }) null else items.fold(0L) { sum, e -> saturatedAdd(sum, e.usageLimit!!) }
                val currentUsage = items.fold(0L) { sum, e -> saturatedAdd(sum, e.currentUsage ?: 0L) }
                val remaining = usageLimit?.let { saturatedSubtract(it, currentUsage) }
                Entitlement(featureId, type, meterAccess(remaining), hardLimit, usageLimit, currentUsage, remaining, resetAt, items)
            }
            type.equals(BOOLEAN, ignoreCase = true) ->
                Entitlement(featureId, type, items.any { it.hasAccess }, false, null, 0L, null, resetAt, items)
            else -> Entitlement(
                featureId, type, items.any { it.hasAccess }, first.hardLimit == true,
                first.usageLimit, first.currentUsage, first.remaining, resetAt, items,
            )
        }
    }

    /** [a] + [b], held at the bounds of `Long` instead of wrapping (a sum of hostile values must not flip sign). */
    fun saturatedAdd(a: Long, b: Long): Long {
        val sum = a + b
        return if (((a xor sum) and (b xor sum)) < 0) (if (a < 0) Long.MIN_VALUE else Long.MAX_VALUE) else sum
    }

    private fun saturatedSubtract(a: Long, b: Long): Long =
        if (b == Long.MIN_VALUE) (if (a >= 0) Long.MAX_VALUE else a - b) else saturatedAdd(a, -b)

    private const val METER = "METER"
    private const val BOOLEAN = "BOOLEAN"
}
