package com.kelviq.sdk.reactor

import com.kelviq.sdk.reactor.internal.pagedFlux
import com.kelviq.sdk.reactor.internal.coldMono
import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.SubscriptionsService
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.Subscription
import com.kelviq.sdk.model.SubscriptionCancellation
import com.kelviq.sdk.model.SubscriptionPage
import com.kelviq.sdk.model.SubscriptionUpdate
import com.kelviq.sdk.model.UpdateSubscriptionParams
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono

/** The subscriptions area of [ReactorKelviqClient]. */
public class ReactorSubscriptionsApi internal constructor(private val s: SubscriptionsService) {
    /** [KelviqOperation.SUBSCRIPTIONS_UPDATE]. */
    @JvmOverloads
    public fun update(params: UpdateSubscriptionParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<SubscriptionUpdate> =
        coldMono { s.update(params, options) }

    /** [KelviqOperation.SUBSCRIPTIONS_CANCEL]. */
    @JvmOverloads
    public fun cancel(params: CancelSubscriptionParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<SubscriptionCancellation> =
        coldMono { s.cancel(params, options) }

    /** [KelviqOperation.SUBSCRIPTIONS_LIST]. */
    @JvmOverloads
    public fun list(
        params: ListSubscriptionsParams = ListSubscriptionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Mono<SubscriptionPage> = coldMono { s.list(params, options) }

    /** [KelviqOperation.SUBSCRIPTIONS_LIST_ALL]. */
    @JvmOverloads
    public fun listAll(
        params: ListSubscriptionsParams = ListSubscriptionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flux<Subscription> = pagedFlux(s.listAll(params, options))

    /** [KelviqOperation.SUBSCRIPTIONS_RETRIEVE]. */
    @JvmOverloads
    public fun retrieve(subscriptionId: String, options: RequestOptions = RequestOptions.DEFAULT): Mono<Subscription> =
        coldMono { s.retrieve(subscriptionId, options) }

    /** [KelviqOperation.SUBSCRIPTIONS_CREATE]. */
    @JvmOverloads
    public fun create(params: CreateSubscriptionParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<Subscription> =
        coldMono { s.create(params, options) }
}
