package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.ListPaymentMethodsParams;
import com.kelviq.sdk.model.PaymentMethod;
import com.kelviq.sdk.model.PaymentMethodPage;

/**
 * The payment-methods area of {@link KelviqBlockingClient} as blocking calls (reads); each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class BlockingPaymentMethodsApi {
    private final FuturesBridge bridge;

    BlockingPaymentMethodsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST}. */
    public PaymentMethodPage list() {
        return list(ListPaymentMethodsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST}. */
    public PaymentMethodPage list(ListPaymentMethodsParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST}. */
    public PaymentMethodPage list(ListPaymentMethodsParams params, RequestOptions options) {
        return Futures.call(() -> bridge.listPaymentMethods(params, options));
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST_ALL}. */
    public PagedIterable<PaymentMethod> listAll() {
        return listAll(ListPaymentMethodsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST_ALL}. */
    public PagedIterable<PaymentMethod> listAll(ListPaymentMethodsParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#PAYMENT_METHODS_LIST_ALL}. */
    public PagedIterable<PaymentMethod> listAll(ListPaymentMethodsParams params, RequestOptions options) {
        return new PagedIterable<>(() -> bridge.paymentMethodPages(params, options));
    }
}
