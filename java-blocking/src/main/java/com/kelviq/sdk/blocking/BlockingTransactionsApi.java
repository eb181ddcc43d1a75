package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.ListTransactionsParams;
import com.kelviq.sdk.model.Transaction;
import com.kelviq.sdk.model.TransactionPage;

/**
 * The transactions area of {@link KelviqBlockingClient} as blocking calls; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class BlockingTransactionsApi {
    private final FuturesBridge bridge;

    BlockingTransactionsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST}. */
    public TransactionPage list() {
        return list(ListTransactionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST}. */
    public TransactionPage list(ListTransactionsParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST}. */
    public TransactionPage list(ListTransactionsParams params, RequestOptions options) {
        return Futures.call(() -> bridge.listTransactions(params, options));
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST_ALL}. */
    public PagedIterable<Transaction> listAll() {
        return listAll(ListTransactionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST_ALL}. */
    public PagedIterable<Transaction> listAll(ListTransactionsParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST_ALL}. */
    public PagedIterable<Transaction> listAll(ListTransactionsParams params, RequestOptions options) {
        return new PagedIterable<>(() -> bridge.transactionPages(params, options));
    }
}
