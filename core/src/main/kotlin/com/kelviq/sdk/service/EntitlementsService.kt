package com.kelviq.sdk.service

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.Checks
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.EntitlementAggregation
import com.kelviq.sdk.internal.EntitlementCache
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.Entitlement

/**
 * The entitlements area as suspend operations, served by the edge host:
 * `GET /entitlements/?customer_id=[&feature_id=]`.
 *
 * With the entitlement cache on (the default, see [EntitlementCacheConfig]), every operation is
 * answered from one snapshot of all the customer's entitlements (`GET /entitlements/?customer_id=`):
 * a fresh snapshot answers without any I/O or suspension; concurrent misses for one customer share
 * one request; a stale snapshot is served while it is refreshed in the background, and when a
 * refresh fails with a network error or a 5xx. A customer never seen before still gets the error.
 * The shared load runs on the client's own scope: cancelling one caller stops its wait, not the
 * load the others wait for. With the cache off, each call asks the server (`feature_id` for a single feature).
 */
public class EntitlementsService internal constructor(
    private val transport: KelviqTransport,
    private val cache: EntitlementCache? = null,
) {

    /**
     * Whether [customerId] may use [featureId] now, by the aggregation rule of [Entitlement.hasAccess];
     * `false` when the customer has no entry for the feature.
     */
    public suspend fun hasAccess(
        customerId: String,
        featureId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Boolean {
        val c = cache ?: return fetchHasAccess(customerId, featureId, options)
        Checks.id("featureId", featureId)
        val s = c.cached(customerId) ?: return loadHasAccess(c, customerId, featureId, options)
        return s.hasAccess(featureId)
    }

    /** The aggregated entitlement of one feature, or `null` when the customer has no entry for it. */
    public suspend fun getEntitlement(
        customerId: String,
        featureId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Entitlement? {
        val c = cache ?: return fetchOne(customerId, featureId, options)
        Checks.id("featureId", featureId)
        val s = c.cached(customerId) ?: return loadEntitlement(c, customerId, featureId, options)
        return s.entitlement(featureId)
    }

    /** Every entitlement of [customerId]: the raw entries, with aggregated views. */
    public suspend fun getAllEntitlements(
        customerId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CustomerEntitlements {
        val c = cache ?: return transport.execute(Ops.all(customerId), options)
        val s = c.cached(customerId) ?: return loadAll(c, customerId, options)
        return s.entitlements
    }

    /**
     * The answer of [hasAccess] when the cache can give it without I/O, or `null` when the call must
     * go to the network (cache off, customer not cached or past its staleness bound). Never suspends,
     * never blocks, allocates nothing on a hit; a stale hit starts the background refresh as [hasAccess] would.
     */
    public fun hasAccessIfCached(customerId: String, featureId: String): Boolean? {
        val c = cache ?: return null
        Checks.id("featureId", featureId)
        return c.cached(customerId)?.hasAccess(featureId)
    }

    /** Like [hasAccessIfCached] for [getAllEntitlements]: the cached snapshot, or `null` when I/O is needed. */
    public fun getAllEntitlementsIfCached(customerId: String): CustomerEntitlements? =
        cache?.cached(customerId)?.entitlements

    /**
     * Drops [customerId]'s cached snapshot: the next read asks the server (the old snapshot is kept
     * only as a fallback should that request fail with a network error or a 5xx). No-op when the cache is off.
     */
    public fun invalidate(customerId: String) {
        cache?.invalidate(customerId)
    }

    /** [invalidate]s every customer. No-op when the cache is off. */
    public fun invalidateAll() {
        cache?.invalidateAll()
    }

    // Separate functions keep the hit path above free of a suspend state machine (tail calls only).
    private suspend fun loadHasAccess(c: EntitlementCache, customerId: String, featureId: String, options: RequestOptions): Boolean =
        c.load(customerId, options).hasAccess(featureId)

    private suspend fun loadEntitlement(c: EntitlementCache, customerId: String, featureId: String, options: RequestOptions): Entitlement? =
        c.load(customerId, options).entitlement(featureId)

    private suspend fun loadAll(c: EntitlementCache, customerId: String, options: RequestOptions): CustomerEntitlements =
        c.load(customerId, options).entitlements

    private suspend fun fetchHasAccess(customerId: String, featureId: String, options: RequestOptions): Boolean =
        fetchOne(customerId, featureId, options)?.hasAccess ?: false

    private suspend fun fetchOne(customerId: String, featureId: String, options: RequestOptions): Entitlement? {
        val all = transport.execute(Ops.one(customerId, featureId), options)
        return EntitlementAggregation.of(featureId, all.entitlements)
    }

    internal object Ops {
        fun all(customerId: String) = Operation(
            name = "entitlements.getAllEntitlements", method = Method.GET, host = Host.EDGE, path = listOf("entitlements"),
            query = listOf("customer_id" to Checks.id("customerId", customerId)),
            safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(CustomerEntitlements.serializer()),
        )

        fun one(customerId: String, featureId: String) = Operation(
            name = "entitlements.getEntitlement", method = Method.GET, host = Host.EDGE, path = listOf("entitlements"),
            query = listOf(
                "customer_id" to Checks.id("customerId", customerId),
                "feature_id" to Checks.id("featureId", featureId),
            ),
            safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(CustomerEntitlements.serializer()),
        )
    }
}
