package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.validation.Bounds
import java.time.Duration

/**
 * Settings of the entitlement cache: one snapshot of all of a customer's entitlements, from which
 * `hasAccess`, `getEntitlement` and `getAllEntitlements` are answered.
 *
 * On by default: a snapshot is fresh for [ttl] (60 s). Past that it is *stale*: for up to
 * [maxStaleness] more (1 h) it is still served at once while a background refresh runs
 * (stale-while-revalidate), and it is served when a refresh fails with a network error or a 5xx
 * (stale-if-error). At most [maxCustomers] snapshots are kept; the least recently used go first.
 *
 * ```java
 * KelviqConfig config = KelviqConfig.builder()
 *     .apiKey(key)
 *     .entitlementCache(EntitlementCacheConfig.builder().ttl(Duration.ofSeconds(30)).build())
 *     .build();
 * // or, to call the server on every check:
 * KelviqConfig.builder().apiKey(key).entitlementCache(EntitlementCacheConfig.DISABLED).build();
 * ```
 */
public class EntitlementCacheConfig private constructor(builder: Builder) {
    /** Whether entitlements are cached. `true` by default. */
    public val enabled: Boolean = builder.enabled

    /** How long a snapshot is fresh (served without asking the server). 60 s by default. */
    public val ttl: Duration = builder.ttl

    /** How many customers' snapshots are kept at most; the least recently used are evicted. 100 000 by default. */
    public val maxCustomers: Int = builder.maxCustomers

    /**
     * How long past [ttl] a stale snapshot may still be served (while it is refreshed in the
     * background, or when the refresh fails with a network error or a 5xx). 1 hour by default;
     * [Duration.ZERO] serves nothing stale.
     */
    public val maxStaleness: Duration = builder.maxStaleness

    /** A builder pre-filled with these settings. */
    public fun toBuilder(): Builder = Builder().also {
        it.enabled = enabled
        it.ttl = ttl
        it.maxCustomers = maxCustomers
        it.maxStaleness = maxStaleness
    }

    override fun equals(other: Any?): Boolean = other is EntitlementCacheConfig && other.enabled == enabled &&
        other.ttl == ttl && other.maxCustomers == maxCustomers && other.maxStaleness == maxStaleness

    override fun hashCode(): Int = listOf(enabled, ttl, maxCustomers, maxStaleness).hashCode()

    override fun toString(): String =
        "EntitlementCacheConfig(enabled=$enabled, ttl=$ttl, maxCustomers=$maxCustomers, maxStaleness=$maxStaleness)"

    /** Builds an [EntitlementCacheConfig]; every setting has a default. */
    public class Builder internal constructor() {
        /** Whether entitlements are cached. `true` by default. */
        public var enabled: Boolean = true

        /** Freshness window, 60 s by default. Must be positive. */
        public var ttl: Duration = Duration.ofSeconds(60)

        /** Customers kept at most, 100 000 by default. Must be positive. */
        public var maxCustomers: Int = 100_000

        /** How long past [ttl] a stale snapshot may be served, 1 hour by default. 0 or more. */
        public var maxStaleness: Duration = Duration.ofHours(1)

        /** Sets [enabled]. */
        public fun enabled(enabled: Boolean): Builder = apply { this.enabled = enabled }

        /** Sets [ttl]. */
        public fun ttl(ttl: Duration): Builder = apply { this.ttl = ttl }

        /** Sets [maxCustomers]. */
        public fun maxCustomers(maxCustomers: Int): Builder = apply { this.maxCustomers = maxCustomers }

        /** Sets [maxStaleness]. */
        public fun maxStaleness(maxStaleness: Duration): Builder = apply { this.maxStaleness = maxStaleness }

        /** Checks and builds. @throws KelviqValidationException naming the invalid setting. */
        public fun build(): EntitlementCacheConfig {
            Bounds.positive("entitlementCache.ttl", ttl, Bounds.MAX_TTL)
            Bounds.count("entitlementCache.maxCustomers", maxCustomers, 1, Bounds.MAX_CUSTOMERS)
            Bounds.nonNegative("entitlementCache.maxStaleness", maxStaleness, Bounds.MAX_STALENESS)
            return EntitlementCacheConfig(this)
        }
    }

    /** Factories and presets. */
    public companion object {
        /** The defaults: enabled, 60 s fresh, 100 000 customers, stale up to 1 hour. */
        @JvmField
        public val DEFAULT: EntitlementCacheConfig = Builder().build()

        /** No caching: every check asks the server. */
        @JvmField
        public val DISABLED: EntitlementCacheConfig = Builder().enabled(false).build()

        /** A new builder with the defaults. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Builds an [EntitlementCacheConfig] with a Kotlin DSL:
 * ```kotlin
 * KelviqConfig { apiKey = key; entitlementCache = EntitlementCacheConfig { ttl = Duration.ofSeconds(30) } }
 * ```
 */
@JvmSynthetic
public fun EntitlementCacheConfig(block: EntitlementCacheConfig.Builder.() -> Unit): EntitlementCacheConfig =
    EntitlementCacheConfig.builder().apply(block).build()
