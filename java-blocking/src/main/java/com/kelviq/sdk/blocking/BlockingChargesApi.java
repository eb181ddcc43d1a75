package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.Charge;
import com.kelviq.sdk.model.CreateChargeParams;

/**
 * The one-time charges area of {@link KelviqBlockingClient} as blocking calls; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class BlockingChargesApi {
    private final FuturesBridge bridge;

    BlockingChargesApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#CHARGES_CREATE}. */
    public Charge create(CreateChargeParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHARGES_CREATE}. */
    public Charge create(CreateChargeParams params, RequestOptions options) {
        return Futures.call(() -> bridge.createCharge(params, options));
    }
}
