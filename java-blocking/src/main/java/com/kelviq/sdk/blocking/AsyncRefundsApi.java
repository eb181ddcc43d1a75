package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.CreateRefundParams;
import com.kelviq.sdk.model.ListRefundsParams;
import com.kelviq.sdk.model.Refund;
import com.kelviq.sdk.model.RefundPage;
import java.util.concurrent.CompletableFuture;

/**
 * The refunds area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncRefundsApi {
    private final FuturesBridge bridge;

    AsyncRefundsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#REFUNDS_CREATE}. */
    public CompletableFuture<Refund> create(CreateRefundParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_CREATE}. */
    public CompletableFuture<Refund> create(CreateRefundParams params, RequestOptions options) {
        return bridge.createRefund(params, options);
    }

    /** {@link KelviqOperation#REFUNDS_LIST}. */
    public CompletableFuture<RefundPage> list() {
        return list(ListRefundsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_LIST}. */
    public CompletableFuture<RefundPage> list(ListRefundsParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_LIST}. */
    public CompletableFuture<RefundPage> list(ListRefundsParams params, RequestOptions options) {
        return bridge.listRefunds(params, options);
    }

    /** {@link KelviqOperation#REFUNDS_LIST_ALL}. */
    public AsyncPageCursor<Refund> listAll() {
        return listAll(ListRefundsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_LIST_ALL}. */
    public AsyncPageCursor<Refund> listAll(ListRefundsParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_LIST_ALL}. */
    public AsyncPageCursor<Refund> listAll(ListRefundsParams params, RequestOptions options) {
        return new AsyncPageCursor<>(bridge.refundPages(params, options));
    }

    /** {@link KelviqOperation#REFUNDS_RETRIEVE}. */
    public CompletableFuture<Refund> retrieve(String refundId) {
        return retrieve(refundId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_RETRIEVE}. */
    public CompletableFuture<Refund> retrieve(String refundId, RequestOptions options) {
        return bridge.retrieveRefund(refundId, options);
    }
}
