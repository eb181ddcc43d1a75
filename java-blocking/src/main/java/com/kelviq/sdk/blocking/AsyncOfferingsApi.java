package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.ProductOffering;
import com.kelviq.sdk.model.ProductOfferingParams;
import java.util.concurrent.CompletableFuture;

/**
 * The product-offerings area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s (reads); each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncOfferingsApi {
    private final FuturesBridge bridge;

    AsyncOfferingsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#OFFERINGS_RETRIEVE}. */
    public CompletableFuture<ProductOffering> retrieve(String productId) {
        return retrieve(productId, ProductOfferingParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#OFFERINGS_RETRIEVE}. */
    public CompletableFuture<ProductOffering> retrieve(String productId, ProductOfferingParams params) {
        return retrieve(productId, params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#OFFERINGS_RETRIEVE}. */
    public CompletableFuture<ProductOffering> retrieve(String productId, ProductOfferingParams params, RequestOptions options) {
        return bridge.retrieveOffering(productId, params, options);
    }
}
