package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.CheckoutSession;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;
import java.util.concurrent.CompletableFuture;

/**
 * The checkout area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncCheckoutApi {
    private final FuturesBridge bridge;

    AsyncCheckoutApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#CHECKOUT_CREATE_SESSION}. */
    public CompletableFuture<CheckoutSession> createSession(CreateCheckoutSessionParams params) {
        return createSession(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_CREATE_SESSION}. */
    public CompletableFuture<CheckoutSession> createSession(CreateCheckoutSessionParams params, RequestOptions options) {
        return bridge.createCheckoutSession(params, options);
    }
}
