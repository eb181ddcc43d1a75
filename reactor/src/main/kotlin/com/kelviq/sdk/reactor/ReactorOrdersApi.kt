package com.kelviq.sdk.reactor

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.OrdersService
import com.kelviq.sdk.model.ListEventsParams
import com.kelviq.sdk.model.ListOrdersParams
import com.kelviq.sdk.model.Order
import com.kelviq.sdk.model.OrderEvent
import com.kelviq.sdk.model.OrderEventPage
import com.kelviq.sdk.model.OrderPage
import com.kelviq.sdk.reactor.internal.coldMono
import com.kelviq.sdk.reactor.internal.pagedFlux
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono

/** The orders area of [ReactorKelviqClient] (reads). */
public class ReactorOrdersApi internal constructor(private val s: OrdersService) {
    /** [KelviqOperation.ORDERS_LIST]. */
    @JvmOverloads
    public fun list(params: ListOrdersParams = ListOrdersParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Mono<OrderPage> =
        coldMono { s.list(params, options) }

    /** [KelviqOperation.ORDERS_LIST_ALL]. */
    @JvmOverloads
    public fun listAll(params: ListOrdersParams = ListOrdersParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Flux<Order> =
        pagedFlux(s.listAll(params, options))

    /** [KelviqOperation.ORDERS_RETRIEVE]. */
    @JvmOverloads
    public fun retrieve(orderId: String, options: RequestOptions = RequestOptions.DEFAULT): Mono<Order> = coldMono { s.retrieve(orderId, options) }

    /** [KelviqOperation.ORDERS_LIST_EVENTS]. */
    @JvmOverloads
    public fun listEvents(
        orderId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Mono<OrderEventPage> = coldMono { s.listEvents(orderId, params, options) }

    /** [KelviqOperation.ORDERS_LIST_ALL_EVENTS]. */
    @JvmOverloads
    public fun listAllEvents(
        orderId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flux<OrderEvent> = pagedFlux(s.listAllEvents(orderId, params, options))
}
