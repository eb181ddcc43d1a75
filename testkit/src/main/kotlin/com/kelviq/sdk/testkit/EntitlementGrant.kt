package com.kelviq.sdk.testkit

import java.time.Instant

/**
 * One entitlement entry to seed into a [KelviqTestServer] with [KelviqTestServer.grant].
 * Each grant adds an entry; a customer may hold several entries for one feature (as with several
 * subscriptions), and the server answers them all.
 *
 * ```java
 * server.grant(EntitlementGrant.builder("c1", "api-calls")
 *     .type("METER").usageLimit(1000).hardLimit(true).currentUsage(10)
 *     .build());
 * ```
 *
 * For a `METER` entry the server computes `remaining` (`usageLimit - currentUsage`, `null` when
 * unlimited) and the entry's `hasAccess` (`false` once nothing is left, hard limit or not); usage reports
 * change `currentUsage`. For other types `hasAccess` is the value given here. The SDK aggregates the raw
 * entries as it does a real answer (the official rule: a meter grants access while some usage is left).
 */
public class EntitlementGrant private constructor(b: Builder) {
    /** The customer holding the entitlement. */
    public val customerId: String = b.customerId

    /** The feature's identifier. */
    public val featureId: String = b.featureId

    /** The feature type as sent: `METER`, `BOOLEAN`, `CUSTOMIZABLE`, `LIMIT`, or any other string. */
    public val featureType: String = b.featureType

    /** The usage limit, or `null` for unlimited. */
    public val usageLimit: Long? = b.usageLimit

    /** Whether usage beyond the limit is refused; `null` when not applicable (sent as `null`). */
    public val hardLimit: Boolean? = b.hardLimit ?: if (b.featureType == "METER") false else null

    /** The usage at seeding time (0 by default). */
    public val currentUsage: Long = b.currentUsage

    /** Whether a non-`METER` entry grants access (`true` by default); ignored for `METER`. */
    public val hasAccess: Boolean = b.hasAccess

    /** When the usage resets, or `null`; sent as `yyyy-MM-dd HH:mm:ss` (UTC). */
    public val resetAt: Instant? = b.resetAt

    override fun toString(): String =
        "EntitlementGrant(customerId=$customerId, featureId=$featureId, featureType=$featureType, usageLimit=$usageLimit, " +
            "hardLimit=$hardLimit, currentUsage=$currentUsage, hasAccess=$hasAccess, resetAt=$resetAt)"

    /** Builds an [EntitlementGrant]; the type is `METER` unless set. */
    public class Builder internal constructor(internal val customerId: String, internal val featureId: String) {
        internal var featureType: String = "METER"
        internal var usageLimit: Long? = null
        internal var hardLimit: Boolean? = null
        internal var currentUsage: Long = 0
        internal var hasAccess: Boolean = true
        internal var resetAt: Instant? = null

        /** The feature type: `METER` (default), `BOOLEAN`, `CUSTOMIZABLE`, `LIMIT`, or any other string. */
        public fun type(featureType: String): Builder = apply {
            require(featureType.isNotBlank()) { "featureType must not be blank" }
            this.featureType = featureType
        }

        /** The usage limit; `null` (the default) means unlimited. */
        public fun usageLimit(usageLimit: Long?): Builder = apply { this.usageLimit = usageLimit }

        /** The usage limit (a primitive, for Java literals). */
        public fun usageLimit(usageLimit: Int): Builder = apply { this.usageLimit = usageLimit.toLong() }

        /** No usage limit. */
        public fun unlimited(): Builder = apply { this.usageLimit = null }

        /** Whether the limit is hard (usage beyond it is refused). */
        public fun hardLimit(hardLimit: Boolean): Builder = apply { this.hardLimit = hardLimit }

        /** The usage at seeding time. */
        public fun currentUsage(currentUsage: Long): Builder = apply { this.currentUsage = currentUsage }

        /** Whether a non-`METER` entry grants access. */
        public fun hasAccess(hasAccess: Boolean): Builder = apply { this.hasAccess = hasAccess }

        /** When the usage resets. */
        public fun resetAt(resetAt: Instant?): Builder = apply { this.resetAt = resetAt }

        /** The grant. */
        public fun build(): EntitlementGrant = EntitlementGrant(this)
    }

    /** Factories. */
    public companion object {
        /** A builder for an entry of [featureId] held by [customerId]. */
        @JvmStatic
        public fun builder(customerId: String, featureId: String): Builder {
            require(customerId.isNotBlank()) { "customerId must not be blank" }
            require(featureId.isNotBlank()) { "featureId must not be blank" }
            return Builder(customerId, featureId)
        }
    }
}
