package com.kelviq.sdk.reactor

import com.kelviq.sdk.reactor.internal.coldMono
import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.EntitlementsService
import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.Entitlement
import reactor.core.publisher.Mono

/**
 * The entitlements area of [ReactorKelviqClient]. A check the cache can answer completes on the subscribing
 * thread at subscription, without a request or a thread hop.
 *
 * ```java
 * kelviq.entitlements().hasAccess("c1", "sso")
 *     .filter(Boolean::booleanValue)
 *     .switchIfEmpty(Mono.error(new AccessDeniedException("sso")));
 * ```
 */
public class ReactorEntitlementsApi internal constructor(private val s: EntitlementsService) {
    /** [KelviqOperation.ENTITLEMENTS_HAS_ACCESS]. */
    @JvmOverloads
    public fun hasAccess(customerId: String, featureId: String, options: RequestOptions = RequestOptions.DEFAULT): Mono<Boolean> {
        val s = s // captured directly: no synthetic accessor in the public class
        return Mono.defer {
            val cached = s.hasAccessIfCached(customerId, featureId)
            if (cached != null) Mono.just(cached) else coldMono { s.hasAccessAfterMiss(customerId, featureId, options) }
        }
    }

    /** [KelviqOperation.ENTITLEMENTS_GET_ENTITLEMENT]. */
    @JvmOverloads
    public fun getEntitlement(customerId: String, featureId: String, options: RequestOptions = RequestOptions.DEFAULT): Mono<Entitlement> =
        coldMono { s.getEntitlement(customerId, featureId, options) }

    /** [KelviqOperation.ENTITLEMENTS_GET_ALL_ENTITLEMENTS]. */
    @JvmOverloads
    public fun getAllEntitlements(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): Mono<CustomerEntitlements> =
        coldMono { s.getAllEntitlements(customerId, options) }

    /** [KelviqOperation.ENTITLEMENTS_INVALIDATE]; runs now (not a `Mono`). */
    public fun invalidate(customerId: String): Unit = s.invalidate(customerId)

    /** [KelviqOperation.ENTITLEMENTS_INVALIDATE_ALL]; runs now (not a `Mono`). */
    public fun invalidateAll(): Unit = s.invalidateAll()
}
