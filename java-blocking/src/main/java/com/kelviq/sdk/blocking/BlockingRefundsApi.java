package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.CreateRefundParams;
import com.kelviq.sdk.model.ListRefundsParams;
import com.kelviq.sdk.model.Refund;
import com.kelviq.sdk.model.RefundPage;

/**
 * The refunds area of {@link KelviqBlockingClient} as blocking calls; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class BlockingRefundsApi {
    private final FuturesBridge bridge;

    BlockingRefundsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#REFUNDS_CREATE}. */
    public Refund create(CreateRefundParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_CREATE}. */
    public Refund create(CreateRefundParams params, RequestOptions options) {
        return Futures.call(() -> bridge.createRefund(params, options));
    }

    /** {@link KelviqOperation#REFUNDS_LIST}. */
    public RefundPage list() {
        return list(ListRefundsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_LIST}. */
    public RefundPage list(ListRefundsParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_LIST}. */
    public RefundPage list(ListRefundsParams params, RequestOptions options) {
        return Futures.call(() -> bridge.listRefunds(params, options));
    }

    /** {@link KelviqOperation#REFUNDS_LIST_ALL}. */
    public PagedIterable<Refund> listAll() {
        return listAll(ListRefundsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_LIST_ALL}. */
    public PagedIterable<Refund> listAll(ListRefundsParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_LIST_ALL}. */
    public PagedIterable<Refund> listAll(ListRefundsParams params, RequestOptions options) {
        return new PagedIterable<>(() -> bridge.refundPages(params, options));
    }

    /** {@link KelviqOperation#REFUNDS_RETRIEVE}. */
    public Refund retrieve(String refundId) {
        return retrieve(refundId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#REFUNDS_RETRIEVE}. */
    public Refund retrieve(String refundId, RequestOptions options) {
        return Futures.call(() -> bridge.retrieveRefund(refundId, options));
    }
}
