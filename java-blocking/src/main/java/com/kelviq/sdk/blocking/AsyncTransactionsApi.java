package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.ListTransactionsParams;
import com.kelviq.sdk.model.Transaction;
import com.kelviq.sdk.model.TransactionPage;
import java.util.concurrent.CompletableFuture;

/**
 * The transactions area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncTransactionsApi {
    private final FuturesBridge bridge;

    AsyncTransactionsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST}. */
    public CompletableFuture<TransactionPage> list() {
        return list(ListTransactionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST}. */
    public CompletableFuture<TransactionPage> list(ListTransactionsParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST}. */
    public CompletableFuture<TransactionPage> list(ListTransactionsParams params, RequestOptions options) {
        return bridge.listTransactions(params, options);
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST_ALL}. */
    public AsyncPageCursor<Transaction> listAll() {
        return listAll(ListTransactionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST_ALL}. */
    public AsyncPageCursor<Transaction> listAll(ListTransactionsParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#TRANSACTIONS_LIST_ALL}. */
    public AsyncPageCursor<Transaction> listAll(ListTransactionsParams params, RequestOptions options) {
        return new AsyncPageCursor<>(bridge.transactionPages(params, options));
    }
}
