package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.CheckoutSession;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;

/**
 * The checkout area of {@link KelviqBlockingClient} as blocking calls; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class BlockingCheckoutApi {
    private final FuturesBridge bridge;

    BlockingCheckoutApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#CHECKOUT_CREATE_SESSION}. */
    public CheckoutSession createSession(CreateCheckoutSessionParams params) {
        return createSession(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_CREATE_SESSION}. */
    public CheckoutSession createSession(CreateCheckoutSessionParams params, RequestOptions options) {
        return Futures.call(() -> bridge.createCheckoutSession(params, options));
    }
}
