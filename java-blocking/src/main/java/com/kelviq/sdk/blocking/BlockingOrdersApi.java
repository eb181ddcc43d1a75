package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.ListEventsParams;
import com.kelviq.sdk.model.ListOrdersParams;
import com.kelviq.sdk.model.Order;
import com.kelviq.sdk.model.OrderEvent;
import com.kelviq.sdk.model.OrderEventPage;
import com.kelviq.sdk.model.OrderPage;

/**
 * The orders area of {@link KelviqBlockingClient} as blocking calls (reads); each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class BlockingOrdersApi {
    private final FuturesBridge bridge;

    BlockingOrdersApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#ORDERS_LIST}. */
    public OrderPage list() {
        return list(ListOrdersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST}. */
    public OrderPage list(ListOrdersParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST}. */
    public OrderPage list(ListOrdersParams params, RequestOptions options) {
        return Futures.call(() -> bridge.listOrders(params, options));
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL}. */
    public PagedIterable<Order> listAll() {
        return listAll(ListOrdersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL}. */
    public PagedIterable<Order> listAll(ListOrdersParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL}. */
    public PagedIterable<Order> listAll(ListOrdersParams params, RequestOptions options) {
        return new PagedIterable<>(() -> bridge.orderPages(params, options));
    }

    /** {@link KelviqOperation#ORDERS_RETRIEVE}. */
    public Order retrieve(String orderId) {
        return retrieve(orderId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_RETRIEVE}. */
    public Order retrieve(String orderId, RequestOptions options) {
        return Futures.call(() -> bridge.retrieveOrder(orderId, options));
    }

    /** {@link KelviqOperation#ORDERS_LIST_EVENTS}. */
    public OrderEventPage listEvents(String orderId) {
        return listEvents(orderId, ListEventsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_EVENTS}. */
    public OrderEventPage listEvents(String orderId, ListEventsParams params) {
        return listEvents(orderId, params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_EVENTS}. */
    public OrderEventPage listEvents(String orderId, ListEventsParams params, RequestOptions options) {
        return Futures.call(() -> bridge.listOrderEvents(orderId, params, options));
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL_EVENTS}. */
    public PagedIterable<OrderEvent> listAllEvents(String orderId) {
        return listAllEvents(orderId, ListEventsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL_EVENTS}. */
    public PagedIterable<OrderEvent> listAllEvents(String orderId, ListEventsParams params) {
        return listAllEvents(orderId, params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL_EVENTS}. */
    public PagedIterable<OrderEvent> listAllEvents(String orderId, ListEventsParams params, RequestOptions options) {
        return new PagedIterable<>(() -> bridge.orderEventPages(orderId, params, options));
    }
}
