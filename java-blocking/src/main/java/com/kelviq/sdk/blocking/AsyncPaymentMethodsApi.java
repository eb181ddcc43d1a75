package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.ListPaymentMethodsParams;
import com.kelviq.sdk.model.PaymentMethod;
import com.kelviq.sdk.model.PaymentMethodPage;
import java.util.concurrent.CompletableFuture;

/**
 * The payment-methods area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s (reads); each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncPaymentMethodsApi {
    private final FuturesBridge bridge;

    AsyncPaymentMethodsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST}. */
    public CompletableFuture<PaymentMethodPage> list() {
        return list(ListPaymentMethodsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST}. */
    public CompletableFuture<PaymentMethodPage> list(ListPaymentMethodsParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST}. */
    public CompletableFuture<PaymentMethodPage> list(ListPaymentMethodsParams params, RequestOptions options) {
        return bridge.listPaymentMethods(params, options);
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST_ALL}. */
    public AsyncPageCursor<PaymentMethod> listAll() {
        return listAll(ListPaymentMethodsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST_ALL}. */
    public AsyncPageCursor<PaymentMethod> listAll(ListPaymentMethodsParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST_ALL}. */
    public AsyncPageCursor<PaymentMethod> listAll(ListPaymentMethodsParams params, RequestOptions options) {
        return new AsyncPageCursor<>(bridge.paymentMethodPages(params, options));
    }
}
