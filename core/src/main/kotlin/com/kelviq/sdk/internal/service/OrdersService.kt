package com.kelviq.sdk.internal.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Checks
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.ListEventsParams
import com.kelviq.sdk.model.ListOrdersParams
import com.kelviq.sdk.model.Order
import com.kelviq.sdk.model.OrderEvent
import com.kelviq.sdk.model.OrderEventPage
import com.kelviq.sdk.model.OrderPage
import kotlinx.coroutines.flow.Flow

/** The orders area ([com.kelviq.sdk.KelviqOperation.ORDERS_LIST] and the next four): reads only. */
public class OrdersService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [com.kelviq.sdk.KelviqOperation.ORDERS_LIST]. */
    public suspend fun list(params: ListOrdersParams = ListOrdersParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): OrderPage =
        transport.execute(Ops.list(params), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.ORDERS_LIST_ALL]. */
    public fun listAll(params: ListOrdersParams = ListOrdersParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Flow<Order> =
        walker(params, options).items()

    /** [com.kelviq.sdk.KelviqOperation.ORDERS_RETRIEVE]. */
    public suspend fun retrieve(orderId: String, options: RequestOptions = RequestOptions.DEFAULT): Order =
        transport.execute(Ops.retrieve(orderId), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.ORDERS_LIST_EVENTS]. */
    public suspend fun listEvents(
        orderId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): OrderEventPage = transport.execute(Ops.listEvents(orderId, params), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.ORDERS_LIST_ALL_EVENTS]. */
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
            name = "orders.list", method = Method.GET, host = Host.API, path = listOf("orders"),
            query = params.toQuery(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(OrderPage.serializer()),
        )

        fun retrieve(orderId: String) = Operation(
            name = "orders.retrieve", method = Method.GET, host = Host.API, path = listOf("orders", Checks.id("orderId", orderId)),
            safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(Order.serializer()),
        )

        fun listEvents(orderId: String, params: ListEventsParams) = Operation(
            name = "orders.listEvents", method = Method.GET, host = Host.API, path = listOf("orders", Checks.id("orderId", orderId), "events"),
            query = params.toQuery(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(OrderEventPage.serializer()),
        )
    }
}
