package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.OrdersService
import com.kelviq.sdk.model.ListEventsParams
import com.kelviq.sdk.model.ListOrdersParams
import com.kelviq.sdk.model.Order
import com.kelviq.sdk.model.OrderEvent
import com.kelviq.sdk.model.OrderEventPage
import com.kelviq.sdk.model.OrderPage
import kotlinx.coroutines.flow.Flow

/**
 * The orders area of [KelviqClient] (reads).
 *
 * ```kotlin
 * kelviq.orders.listAll(ListOrdersParams.builder().status(OrderStatus.COMPLETE).build()).collect { println(it.id) }
 * ```
 */
public class OrdersApi internal constructor(private val service: OrdersService) {
    /** [KelviqOperation.ORDERS_LIST]. */
    public suspend fun list(params: ListOrdersParams = ListOrdersParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): OrderPage =
        service.list(params, options)

    /** [KelviqOperation.ORDERS_LIST_ALL]. */
    public fun listAll(params: ListOrdersParams = ListOrdersParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Flow<Order> =
        service.listAll(params, options)

    /** [KelviqOperation.ORDERS_RETRIEVE]. */
    public suspend fun retrieve(orderId: String, options: RequestOptions = RequestOptions.DEFAULT): Order = service.retrieve(orderId, options)

    /** [KelviqOperation.ORDERS_LIST_EVENTS]. */
    public suspend fun listEvents(
        orderId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): OrderEventPage = service.listEvents(orderId, params, options)

    /** [KelviqOperation.ORDERS_LIST_ALL_EVENTS]. */
    public fun listAllEvents(
        orderId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<OrderEvent> = service.listAllEvents(orderId, params, options)
}
