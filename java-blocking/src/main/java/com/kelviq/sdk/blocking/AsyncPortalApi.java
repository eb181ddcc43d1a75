package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.PortalSession;
import java.util.concurrent.CompletableFuture;

/**
 * The customer portal area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncPortalApi {
    private final FuturesBridge bridge;

    AsyncPortalApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#PORTAL_CREATE_SESSION}. */
    public CompletableFuture<PortalSession> createSession(String customerId) {
        return createSession(customerId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#PORTAL_CREATE_SESSION}. */
    public CompletableFuture<PortalSession> createSession(String customerId, RequestOptions options) {
        return bridge.createPortalSession(customerId, options);
    }
}
