package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.cache.EntitlementAggregation
import com.kelviq.sdk.internal.cache.EntitlementCache
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.Entitlement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The entitlements area ([KelviqOperation.ENTITLEMENTS_HAS_ACCESS] and the next four):
 * answered from [cache] when it is on, else from the edge host. The `*IfCached` forms answer a hit without
 * suspending, so the futures bridge can complete a hit on the caller's thread with one cache probe; their
 * `null` means "call [loadHasAccess] / [loadAll]", which go to the load without probing again.
 */
public class EntitlementsService internal constructor(
    private val transport: KelviqTransport,
    private val cache: EntitlementCache? = null,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [KelviqOperation.ENTITLEMENTS_HAS_ACCESS]. */
    public suspend fun hasAccess(customerId: String, featureId: String, options: RequestOptions = RequestOptions.DEFAULT): Boolean {
        transport.requireOpen()
        val c = cache ?: return fetchHasAccess(customerId, featureId, options)
        Checks.id("featureId", featureId)
        val s = c.cached(customerId) ?: return loadHasAccess(c, customerId, featureId, options)
        return s.hasAccess(featureId)
    }

    /** [KelviqOperation.ENTITLEMENTS_GET_ENTITLEMENT]. */
    public suspend fun getEntitlement(customerId: String, featureId: String, options: RequestOptions = RequestOptions.DEFAULT): Entitlement? {
        transport.requireOpen()
        val c = cache ?: return fetchOne(customerId, featureId, options)
        Checks.id("featureId", featureId)
        val s = c.cached(customerId) ?: return loadEntitlement(c, customerId, featureId, options)
        return s.entitlement(featureId)
    }

    /** [KelviqOperation.ENTITLEMENTS_GET_ALL_ENTITLEMENTS]. */
    public suspend fun getAllEntitlements(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): CustomerEntitlements {
        transport.requireOpen()
        val c = cache ?: return transport.execute(Ops.all(customerId), options.over(defaults))
        val s = c.cached(customerId) ?: return loadAll(c, customerId, options)
        return s.entitlements
    }

    /**
     * The answer of [hasAccess] when the cache has it (no I/O, no allocation on a hit; a stale hit starts the
     * background refresh), or `null` when the network is needed: then call [hasAccessAfterMiss].
     */
    public fun hasAccessIfCached(customerId: String, featureId: String): Boolean? {
        transport.requireOpen()
        val c = cache ?: return null
        Checks.id("featureId", featureId)
        return c.cached(customerId)?.hasAccess(featureId)
    }

    /** [hasAccess] after [hasAccessIfCached] answered `null`: loads without probing the cache again. */
    public suspend fun hasAccessAfterMiss(customerId: String, featureId: String, options: RequestOptions): Boolean {
        val c = cache ?: return fetchHasAccess(customerId, featureId, options)
        return loadHasAccess(c, customerId, featureId, options)
    }

    /** Like [hasAccessIfCached] for [getAllEntitlements]. */
    public fun getAllEntitlementsIfCached(customerId: String): CustomerEntitlements? {
        transport.requireOpen()
        return cache?.cached(customerId)?.entitlements
    }

    /** [getAllEntitlements] after [getAllEntitlementsIfCached] answered `null`. */
    public suspend fun getAllEntitlementsAfterMiss(customerId: String, options: RequestOptions): CustomerEntitlements {
        val c = cache ?: return transport.execute(Ops.all(customerId), options.over(defaults))
        return loadAll(c, customerId, options)
    }

    /** [KelviqOperation.ENTITLEMENTS_INVALIDATE]. */
    public fun invalidate(customerId: String) {
        cache?.invalidate(customerId)
    }

    /** [KelviqOperation.ENTITLEMENTS_INVALIDATE_ALL]. */
    public fun invalidateAll() {
        cache?.invalidateAll()
    }

    // Separate functions keep the hit path above free of a suspend state machine (tail calls only).
    private suspend fun loadHasAccess(c: EntitlementCache, customerId: String, featureId: String, options: RequestOptions): Boolean =
        c.load(customerId, options.over(defaults)).hasAccess(featureId)

    private suspend fun loadEntitlement(c: EntitlementCache, customerId: String, featureId: String, options: RequestOptions): Entitlement? =
        c.load(customerId, options.over(defaults)).entitlement(featureId)

    private suspend fun loadAll(c: EntitlementCache, customerId: String, options: RequestOptions): CustomerEntitlements =
        c.load(customerId, options.over(defaults)).entitlements

    private suspend fun fetchHasAccess(customerId: String, featureId: String, options: RequestOptions): Boolean =
        fetchOne(customerId, featureId, options, KelviqOperation.ENTITLEMENTS_HAS_ACCESS)?.hasAccess ?: false

    private suspend fun fetchOne(
        customerId: String,
        featureId: String,
        options: RequestOptions,
        key: KelviqOperation = KelviqOperation.ENTITLEMENTS_GET_ENTITLEMENT,
    ): Entitlement? {
        val all = transport.execute(Ops.one(customerId, featureId, key), options.over(defaults))
        return EntitlementAggregation.of(featureId, all.entitlements)
    }

    internal object Ops {
        fun all(customerId: String) = Operation(
            KelviqOperation.ENTITLEMENTS_GET_ALL_ENTITLEMENTS,
            query = listOf("customer_id" to Checks.id("customerId", customerId)),
            decoder = decoder(customerId),
        )

        /** The answer names the customer it was asked for; one that leaves it out is about that customer. */
        private fun decoder(customerId: String) =
            Decoders.jsonEchoing(CustomerEntitlements.serializer(), JsonObject(mapOf("customerId" to JsonPrimitive(customerId))))

        /** One feature's entries, for `getEntitlement` or (named so in errors, logs and metrics) `hasAccess`. */
        fun one(customerId: String, featureId: String, key: KelviqOperation = KelviqOperation.ENTITLEMENTS_GET_ENTITLEMENT) = Operation(
            key,
            query = listOf(
                "customer_id" to Checks.id("customerId", customerId),
                "feature_id" to Checks.id("featureId", featureId),
            ),
            decoder = decoder(customerId),
        )
    }
}
