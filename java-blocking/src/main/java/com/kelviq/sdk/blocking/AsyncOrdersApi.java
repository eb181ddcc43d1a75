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
import java.util.concurrent.CompletableFuture;

/**
 * The orders area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s (reads); each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncOrdersApi {
    private final FuturesBridge bridge;

    AsyncOrdersApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#ORDERS_LIST}. */
    public CompletableFuture<OrderPage> list() {
        return list(ListOrdersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST}. */
    public CompletableFuture<OrderPage> list(ListOrdersParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST}. */
    public CompletableFuture<OrderPage> list(ListOrdersParams params, RequestOptions options) {
        return bridge.listOrders(params, options);
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL}. */
    public AsyncPageCursor<Order> listAll() {
        return listAll(ListOrdersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL}. */
    public AsyncPageCursor<Order> listAll(ListOrdersParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL}. */
    public AsyncPageCursor<Order> listAll(ListOrdersParams params, RequestOptions options) {
        return new AsyncPageCursor<>(bridge.orderPages(params, options));
    }

    /** {@link KelviqOperation#ORDERS_RETRIEVE}. */
    public CompletableFuture<Order> retrieve(String orderId) {
        return retrieve(orderId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_RETRIEVE}. */
    public CompletableFuture<Order> retrieve(String orderId, RequestOptions options) {
        return bridge.retrieveOrder(orderId, options);
    }

    /** {@link KelviqOperation#ORDERS_LIST_EVENTS}. */
    public CompletableFuture<OrderEventPage> listEvents(String orderId) {
        return listEvents(orderId, ListEventsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_EVENTS}. */
    public CompletableFuture<OrderEventPage> listEvents(String orderId, ListEventsParams params) {
        return listEvents(orderId, params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_EVENTS}. */
    public CompletableFuture<OrderEventPage> listEvents(String orderId, ListEventsParams params, RequestOptions options) {
        return bridge.listOrderEvents(orderId, params, options);
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL_EVENTS}. */
    public AsyncPageCursor<OrderEvent> listAllEvents(String orderId) {
        return listAllEvents(orderId, ListEventsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL_EVENTS}. */
    public AsyncPageCursor<OrderEvent> listAllEvents(String orderId, ListEventsParams params) {
        return listAllEvents(orderId, params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ORDERS_LIST_ALL_EVENTS}. */
    public AsyncPageCursor<OrderEvent> listAllEvents(String orderId, ListEventsParams params, RequestOptions options) {
        return new AsyncPageCursor<>(bridge.orderEventPages(orderId, params, options));
    }
}
