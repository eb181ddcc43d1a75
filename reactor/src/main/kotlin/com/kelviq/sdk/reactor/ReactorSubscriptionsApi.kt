package com.kelviq.sdk.reactor

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.Subscription
import com.kelviq.sdk.model.SubscriptionCancellation
import com.kelviq.sdk.model.SubscriptionPage
import com.kelviq.sdk.model.SubscriptionUpdate
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.service.SubscriptionsService
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.reactor.asFlux
import kotlinx.coroutines.reactor.mono
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono

/**
 * The subscriptions area of [ReactorKelviqClient]: `update`, `cancel`, `list`, `listAll`, `retrieve`, `create`.
 *
 * ```java
 * kelviq.subscriptions()
 *     .listAll(ListSubscriptionsParams.builder().customerId("c1").status("active").build())
 *     .map(Subscription::getId);
 * ```
 * Every `Mono` is cold: nothing is sent before subscription and each subscription sends again.
 * Disposing the subscription cancels the HTTP exchange. Errors arrive as `onError`.
 */
public class ReactorSubscriptionsApi internal constructor(private val service: SubscriptionsService) {

    /** Changes a subscription's plan: `POST /subscriptions/{subscriptionId}/update/`. */
    public fun update(params: UpdateSubscriptionParams): Mono<SubscriptionUpdate> = update(params, RequestOptions.DEFAULT)

    /** Changes a subscription's plan with per-call [options]. */
    public fun update(params: UpdateSubscriptionParams, options: RequestOptions): Mono<SubscriptionUpdate> =
        call { it.update(params, options) }

    /** Cancels a subscription: `POST /subscriptions/{subscriptionId}/cancel/`. */
    public fun cancel(params: CancelSubscriptionParams): Mono<SubscriptionCancellation> = cancel(params, RequestOptions.DEFAULT)

    /** Cancels a subscription with per-call [options]. */
    public fun cancel(params: CancelSubscriptionParams, options: RequestOptions): Mono<SubscriptionCancellation> =
        call { it.cancel(params, options) }

    /** The first page of subscriptions: `GET /subscriptions/`. */
    public fun list(): Mono<SubscriptionPage> = list(ListSubscriptionsParams.DEFAULT, RequestOptions.DEFAULT)

    /** One page of subscriptions: `GET /subscriptions/?customer_id=&status=&page=&page_size=`. */
    public fun list(params: ListSubscriptionsParams): Mono<SubscriptionPage> = list(params, RequestOptions.DEFAULT)

    /** One page of subscriptions with per-call [options]. */
    public fun list(params: ListSubscriptionsParams, options: RequestOptions): Mono<SubscriptionPage> =
        call { it.list(params, options) }

    /**
     * Every subscription, page after page. The `Flux` honours backpressure: a page is fetched only
     * when the subscriber has requested items beyond the pages already fetched.
     */
    public fun listAll(): Flux<Subscription> = listAll(ListSubscriptionsParams.DEFAULT, RequestOptions.DEFAULT)

    /** Every subscription matching [params] ([ListSubscriptionsParams.page] is ignored), fetched on demand. */
    public fun listAll(params: ListSubscriptionsParams): Flux<Subscription> = listAll(params, RequestOptions.DEFAULT)

    /** Every subscription matching [params], fetched on demand, with per-call [options] for each page. */
    public fun listAll(params: ListSubscriptionsParams, options: RequestOptions): Flux<Subscription> =
        service.listAll(params, options).asFlux(Dispatchers.Default)

    /** Retrieves a subscription: `GET /subscriptions/{subscriptionId}/`; a missing one signals `NotFoundException`. */
    public fun retrieve(subscriptionId: String): Mono<Subscription> = retrieve(subscriptionId, RequestOptions.DEFAULT)

    /** Retrieves a subscription with per-call [options]. */
    public fun retrieve(subscriptionId: String, options: RequestOptions): Mono<Subscription> =
        call { it.retrieve(subscriptionId, options) }

    /** Creates a subscription: `POST /subscriptions/create/`. */
    public fun create(params: CreateSubscriptionParams): Mono<Subscription> = create(params, RequestOptions.DEFAULT)

    /** Creates a subscription with per-call [options]. */
    public fun create(params: CreateSubscriptionParams, options: RequestOptions): Mono<Subscription> =
        call { it.create(params, options) }

    /** Runs [block] against the service in a cold `Mono` started on `Dispatchers.Default` at subscription. */
    private fun <T : Any> call(block: suspend (SubscriptionsService) -> T?): Mono<T> {
        val service = service // captured directly: no synthetic accessor in the public class
        return mono(Dispatchers.Default) { block(service) }
    }
}
