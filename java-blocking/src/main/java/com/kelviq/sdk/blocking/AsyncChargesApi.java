package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.Charge;
import com.kelviq.sdk.model.CreateChargeParams;
import java.util.concurrent.CompletableFuture;

/**
 * The one-time charges area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncChargesApi {
    private final FuturesBridge bridge;

    AsyncChargesApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#CHARGES_CREATE}. */
    public CompletableFuture<Charge> create(CreateChargeParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHARGES_CREATE}. */
    public CompletableFuture<Charge> create(CreateChargeParams params, RequestOptions options) {
        return bridge.createCharge(params, options);
    }
}
