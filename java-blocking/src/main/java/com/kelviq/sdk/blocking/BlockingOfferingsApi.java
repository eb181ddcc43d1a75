package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.ProductOffering;
import com.kelviq.sdk.model.ProductOfferingParams;

/**
 * The product-offerings area of {@link KelviqBlockingClient} as blocking calls (reads); each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class BlockingOfferingsApi {
    private final FuturesBridge bridge;

    BlockingOfferingsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#OFFERINGS_RETRIEVE}. */
    public ProductOffering retrieve(String productId) {
        return retrieve(productId, ProductOfferingParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#OFFERINGS_RETRIEVE}. */
    public ProductOffering retrieve(String productId, ProductOfferingParams params) {
        return retrieve(productId, params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#OFFERINGS_RETRIEVE}. */
    public ProductOffering retrieve(String productId, ProductOfferingParams params, RequestOptions options) {
        return Futures.call(() -> bridge.retrieveOffering(productId, params, options));
    }
}
