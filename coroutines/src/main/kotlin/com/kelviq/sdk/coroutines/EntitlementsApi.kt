package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.Entitlement
import com.kelviq.sdk.internal.service.EntitlementsService

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

    /** [KelviqOperation.ENTITLEMENTS_HAS_ACCESS]. */
    public suspend fun hasAccess(
        customerId: String,
        featureId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Boolean = service.hasAccess(customerId, featureId, options)

    /** [KelviqOperation.ENTITLEMENTS_GET_ENTITLEMENT]. */
    public suspend fun getEntitlement(
        customerId: String,
        featureId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Entitlement? = service.getEntitlement(customerId, featureId, options)

    /** [KelviqOperation.ENTITLEMENTS_GET_ALL_ENTITLEMENTS]. */
    public suspend fun getAllEntitlements(
        customerId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CustomerEntitlements = service.getAllEntitlements(customerId, options)

    /** [KelviqOperation.ENTITLEMENTS_INVALIDATE]. */
    public fun invalidate(customerId: String) {
        service.invalidate(customerId)
    }

    /** [KelviqOperation.ENTITLEMENTS_INVALIDATE_ALL]. */
    public fun invalidateAll() {
        service.invalidateAll()
    }
}
