package com.kelviq.sdk.reactor

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.Entitlement
import com.kelviq.sdk.service.EntitlementsService
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.reactor.mono
import reactor.core.publisher.Mono

/**
 * The entitlements area of [ReactorKelviqClient], served by the edge host: `hasAccess`,
 * `getEntitlement`, `getAllEntitlements`.
 *
 * ```java
 * kelviq.entitlements().hasAccess("c1", "sso")
 *     .filter(Boolean::booleanValue)
 *     .switchIfEmpty(Mono.error(new AccessDeniedException("sso")));
 * ```
 * Every `Mono` is cold; disposing the subscription cancels the HTTP exchange. With the entitlement
 * cache on (the default), a `hasAccess` that the cache can answer completes on the subscribing
 * thread at subscription, without a request or a thread hop; [invalidate] and [invalidateAll] drop
 * cached snapshots.
 */
public class ReactorEntitlementsApi internal constructor(private val service: EntitlementsService) {

    /**
     * Whether [customerId] may use [featureId] now, by the aggregation rule of
     * [Entitlement.hasAccess]; `false` when the customer has no entry for the feature.
     */
    public fun hasAccess(customerId: String, featureId: String): Mono<Boolean> =
        hasAccess(customerId, featureId, RequestOptions.DEFAULT)

    /**
     * [hasAccess] with per-call [options]. Nothing is evaluated before subscription: at each
     * subscription the entitlement cache is asked first (no I/O, no blocking), and only a miss starts the request.
     */
    public fun hasAccess(customerId: String, featureId: String, options: RequestOptions): Mono<Boolean> {
        val service = service // captured directly: no synthetic accessor in the public class
        return Mono.defer {
            val cached = service.hasAccessIfCached(customerId, featureId)
            if (cached != null) Mono.just(cached) else mono(Dispatchers.Default) { service.hasAccess(customerId, featureId, options) }
        }
    }

    /** The aggregated entitlement of one feature; an empty `Mono` when the customer has no entry for it. */
    public fun getEntitlement(customerId: String, featureId: String): Mono<Entitlement> =
        getEntitlement(customerId, featureId, RequestOptions.DEFAULT)

    /** [getEntitlement] with per-call [options]. */
    public fun getEntitlement(customerId: String, featureId: String, options: RequestOptions): Mono<Entitlement> =
        call { it.getEntitlement(customerId, featureId, options) }

    /** Every entitlement of [customerId]: the raw entries, with aggregated views. */
    public fun getAllEntitlements(customerId: String): Mono<CustomerEntitlements> =
        getAllEntitlements(customerId, RequestOptions.DEFAULT)

    /** [getAllEntitlements] with per-call [options]. */
    public fun getAllEntitlements(customerId: String, options: RequestOptions): Mono<CustomerEntitlements> =
        call { it.getAllEntitlements(customerId, options) }

    /**
     * Drops the cached entitlements of [customerId], so the next check asks the server. Runs now
     * (not a `Mono`): it does no I/O and never blocks; a no-op when the entitlement cache is off.
     */
    public fun invalidate(customerId: String) {
        service.invalidate(customerId)
    }

    /** Drops every cached entitlement snapshot, now; never blocks; a no-op when the cache is off. */
    public fun invalidateAll() {
        service.invalidateAll()
    }

    /** Runs [block] against the service in a cold `Mono` started on `Dispatchers.Default` at subscription. */
    private fun <T : Any> call(block: suspend (EntitlementsService) -> T?): Mono<T> {
        val service = service // captured directly: no synthetic accessor in the public class
        return mono(Dispatchers.Default) { block(service) }
    }
}
