package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.model.ListEventsParams
import com.kelviq.sdk.model.ListOrdersParams
import com.kelviq.sdk.model.Order
import com.kelviq.sdk.model.OrderEvent
import com.kelviq.sdk.model.OrderEventPage
import com.kelviq.sdk.model.OrderPage
import kotlinx.coroutines.flow.Flow

/** The orders area ([KelviqOperation.ORDERS_LIST] and the next four): reads only. */
public class OrdersService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [KelviqOperation.ORDERS_LIST]. */
    public suspend fun list(params: ListOrdersParams = ListOrdersParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): OrderPage =
        transport.execute(Ops.list(params), options.over(defaults))

    /** [KelviqOperation.ORDERS_LIST_ALL]. */
    public fun listAll(params: ListOrdersParams = ListOrdersParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Flow<Order> =
        walker(params, options).items()

    /** [KelviqOperation.ORDERS_RETRIEVE]. */
    public suspend fun retrieve(orderId: String, options: RequestOptions = RequestOptions.DEFAULT): Order =
        transport.execute(Ops.retrieve(orderId), options.over(defaults))

    /** [KelviqOperation.ORDERS_LIST_EVENTS]. */
    public suspend fun listEvents(
        orderId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): OrderEventPage = transport.execute(Ops.listEvents(orderId, params), options.over(defaults))

    /** [KelviqOperation.ORDERS_LIST_ALL_EVENTS]. */
    public fun listAllEvents(
        orderId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<OrderEvent> = eventWalker(orderId, params, options).items()

    internal fun walker(params: ListOrdersParams, options: RequestOptions): PageWalker<OrderPage, Order> =
        PageWalker({ page -> list(params.withPage(page), options) }, { it.results }, { it.next != null })

    /** The id is checked with the first page, so a lazy walk fails where its pages are awaited. */
    internal fun eventWalker(orderId: String, params: ListEventsParams, options: RequestOptions): PageWalker<OrderEventPage, OrderEvent> =
        PageWalker({ page -> listEvents(orderId, params.withPage(page), options) }, { it.results }, { it.next != null })

    internal object Ops {
        fun list(params: ListOrdersParams) = Operation(
            KelviqOperation.ORDERS_LIST,
            query = params.toQuery(),
            decoder = Decoders.json(OrderPage.serializer()),
        )

        fun retrieve(orderId: String) = Operation(
            KelviqOperation.ORDERS_RETRIEVE,
            pathArgs = listOf(Checks.id("orderId", orderId)),
            decoder = Decoders.json(Order.serializer()),
        )

        fun listEvents(orderId: String, params: ListEventsParams) = Operation(
            KelviqOperation.ORDERS_LIST_EVENTS,
            pathArgs = listOf(Checks.id("orderId", orderId)),
            query = params.toQuery(),
            decoder = Decoders.json(OrderEventPage.serializer()),
        )
    }
}
