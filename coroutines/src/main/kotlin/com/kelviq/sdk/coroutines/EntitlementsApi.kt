package com.kelviq.sdk.coroutines

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.Entitlement
import com.kelviq.sdk.service.EntitlementsService

/**
 * The entitlements area of [KelviqClient], served by the edge host: `hasAccess`,
 * `getEntitlement`, `getAllEntitlements`.
 *
 * ```kotlin
 * if (kelviq.entitlements.hasAccess(customerId = "c1", featureId = "sso")) enableSso()
 * val seats = kelviq.entitlements.getEntitlement("c1", "seats")?.remaining
 * ```
 * Cancelling the calling coroutine aborts the HTTP exchange. With the entitlement cache on (the
 * default), a fresh cached answer returns without suspending; [invalidate] and [invalidateAll]
 * drop cached snapshots.
 */
public class EntitlementsApi internal constructor(private val service: EntitlementsService) {

    /**
     * Whether [customerId] may use [featureId] now, by the aggregation rule of
     * [Entitlement.hasAccess]; `false` when the customer has no entry for the feature.
     */
    public suspend fun hasAccess(
        customerId: String,
        featureId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Boolean = service.hasAccess(customerId, featureId, options)

    /** The aggregated entitlement of one feature, or `null` when the customer has no entry for it. */
    public suspend fun getEntitlement(
        customerId: String,
        featureId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Entitlement? = service.getEntitlement(customerId, featureId, options)

    /**
     * Every entitlement of [customerId]: the raw entries, with aggregated views
     * ([CustomerEntitlements.get], [CustomerEntitlements.byFeature]).
     */
    public suspend fun getAllEntitlements(
        customerId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CustomerEntitlements = service.getAllEntitlements(customerId, options)

    /**
     * Drops the cached entitlements of [customerId], so the next check asks the server. Returns at
     * once without suspending; a no-op when the entitlement cache is off.
     *
     * ```kotlin
     * kelviq.entitlements.invalidate("c1") // e.g. after a plan change made elsewhere
     * ```
     */
    public fun invalidate(customerId: String) {
        service.invalidate(customerId)
    }

    /** Drops every cached entitlement snapshot. Returns at once; a no-op when the cache is off. */
    public fun invalidateAll() {
        service.invalidateAll()
    }
}
