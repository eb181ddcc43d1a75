@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.internal.cache.EntitlementAggregation
import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.WireTime
import java.time.Instant
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.SerializationException
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonNames

/**
 * One raw entitlement entry as the server sends it. A customer with several subscriptions can have several
 * entries for one feature; [Entitlement] aggregates them. Immutable; equal when every field is.
 */
@Serializable
public class EntitlementDetail internal constructor(
    /** The feature's identifier. */
    @JsonNames("feature_id") public val featureId: String,
    /** `METER`, `BOOLEAN`, `CUSTOMIZABLE`, the older `LIMIT`, or a type added later (kept as sent). */
    @JsonNames("feature_type") public val featureType: String = "",
    /** The entry's `hasAccess` as sent; required for every type but `METER` (whose access is computed). */
    @SerialName("hasAccess") @JsonNames("has_access") internal val hasAccessSent: Boolean? = null,
    /** When the usage resets, as sent (usually the server's zone-less UTC time `2025-05-22 08:27:45`), or `null`. */
    @SerialName("resetAt") @JsonNames("reset_at") @Serializable(with = FieldTextSerializer::class) public val resetAtText: String? = null,
    /** Whether usage beyond the limit is refused, or `null` when not applicable. */
    @JsonNames("hard_limit") public val hardLimit: Boolean? = null,
    /** The usage limit, or `null` when unlimited. */
    @JsonNames("usage_limit") public val usageLimit: Long? = null,
    /** The usage so far, or `null`. */
    @JsonNames("current_usage") public val currentUsage: Long? = null,
    /** The usage left, or `null`. */
    public val remaining: Long? = null,
) {
    /** When the usage resets, read from [resetAtText]; `null` when absent or not a date (the text is kept). */
    @Transient public val resetAt: Instant? = WireTime.instantOrNull(resetAtText)

    /** Whether this entry grants access (a `METER` entry's is not used: its access is computed, see [Entitlement]). */
    @Transient public val hasAccess: Boolean = hasAccessSent ?: false

    init {
        // What decides access for every type but METER: an answer without it cannot be given a meaning.
        if (hasAccessSent == null && !EntitlementAggregation.isMeter(featureType)) {
            throw SerializationException(
                "Field 'hasAccess' is required for an entitlement entry of type '$featureType', but it was missing (feature '$featureId')",
            )
        }
    }

    private fun values() = listOf(featureId, featureType, hasAccess, resetAtText, hardLimit, usageLimit, currentUsage, remaining)

    override fun equals(other: Any?): Boolean = this === other || other is EntitlementDetail && values() == other.values()

    override fun hashCode(): Int = values().hashCode()

    override fun toString(): String =
        "EntitlementDetail(featureId=$featureId, featureType=$featureType, hasAccess=$hasAccess, resetAt=${resetAtText?.let { "'$it'" }}, " +
            "hardLimit=$hardLimit, usageLimit=$usageLimit, currentUsage=$currentUsage, remaining=$remaining)"

    internal companion object
}

/**
 * All entitlements of a customer: the raw [entitlements] as sent, and aggregated per-feature views.
 * Immutable; equal when the customer and the entries are.
 *
 * ```java
 * CustomerEntitlements all = client.entitlements().getAllEntitlements("c1");
 * Entitlement seats = all.get("seats"); // null when the customer has no entry for "seats"
 * ```
 */
@Serializable
public class CustomerEntitlements internal constructor(
    /** The customer. */
    @JsonNames("customer_id") public val customerId: String,
    /** The raw entries, as sent. */
    public val entitlements: List<EntitlementDetail> = emptyList(),
) {
    private val aggregated: Map<String, Entitlement> by lazy { EntitlementAggregation.byFeature(entitlements) }

    /** The aggregated entitlement of [featureId], or `null` when the customer has no entry for it. */
    public operator fun get(featureId: String): Entitlement? = aggregated[featureId]

    /** Every feature's aggregated entitlement, keyed by feature id, in the order the features first appear. */
    public fun byFeature(): Map<String, Entitlement> = aggregated

    override fun equals(other: Any?): Boolean =
        this === other || other is CustomerEntitlements && customerId == other.customerId && entitlements == other.entitlements

    override fun hashCode(): Int = 31 * customerId.hashCode() + entitlements.hashCode()

    override fun toString(): String = "CustomerEntitlements(customerId=$customerId, entitlements=$entitlements)"

    internal companion object
}

/**
 * A customer's entitlement to one feature, aggregated over all its raw entries ([items]).
 *
 * The rule is the official Kelviq SDKs' (Python SDK 2.x, "get_entitlement"), so one customer gets the same answer
 * from every Kelviq SDK:
 * - `METER`: [hasAccess] is `true` when [remaining] is `null` (unlimited) or above 0, whatever [hardLimit] says
 *   ([hardLimit] is information, e.g. to allow overage on a soft limit); [usageLimit] and [currentUsage] are summed
 *   over the entries, [usageLimit] `null` if any entry is unlimited; [remaining] is `usageLimit - currentUsage`,
 *   `null` when unlimited; [hardLimit] is true if any entry has one.
 * - `BOOLEAN`: [hasAccess] if any entry grants it; [hardLimit] false, [usageLimit] `null`, [currentUsage] 0,
 *   [remaining] `null`.
 * - `CUSTOMIZABLE` and any other type: [hasAccess] if any entry grants it; the other values are the first entry's.
 * - [resetAt]: the earliest reset that can be read as a date.
 */
public class Entitlement internal constructor(
    /** The feature's identifier. */
    public val featureId: String,
    /** The feature type of the first entry, as sent (`METER`, `BOOLEAN`, `CUSTOMIZABLE`, ...). */
    public val featureType: String,
    /** Whether the customer may use the feature now (see the class documentation). */
    public val hasAccess: Boolean,
    /** Whether any entry has a hard limit. */
    public val hardLimit: Boolean,
    /** The usage limit, or `null` when unlimited. */
    public val usageLimit: Long?,
    /** The usage so far (see the class documentation; `null` only when a non-metered first entry has none). */
    public val currentUsage: Long?,
    /** The usage left, or `null` when unlimited. */
    public val remaining: Long?,
    /** The earliest reset time of the entries, or `null`. */
    public val resetAt: Instant?,
    /** The raw entries this entitlement aggregates. */
    public val items: List<EntitlementDetail>,
) {
    override fun equals(other: Any?): Boolean = other is Entitlement && other.featureId == featureId &&
        other.featureType == featureType && other.hasAccess == hasAccess && other.hardLimit == hardLimit &&
        other.usageLimit == usageLimit && other.currentUsage == currentUsage && other.remaining == remaining &&
        other.resetAt == resetAt && other.items == items

    override fun hashCode(): Int = listOf(featureId, featureType, hasAccess, hardLimit, usageLimit, currentUsage, remaining, resetAt, items).hashCode()

    override fun toString(): String =
        "Entitlement(featureId=$featureId, featureType=$featureType, hasAccess=$hasAccess, hardLimit=$hardLimit, " +
            "usageLimit=$usageLimit, currentUsage=$currentUsage, remaining=$remaining, resetAt=$resetAt, items=${items.size})"
}
