package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.PortalSession;

/**
 * The customer portal area of {@link KelviqBlockingClient} as blocking calls; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class BlockingPortalApi {
    private final FuturesBridge bridge;

    BlockingPortalApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#PORTAL_CREATE_SESSION}. */
    public PortalSession createSession(String customerId) {
        return createSession(customerId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#PORTAL_CREATE_SESSION}. */
    public PortalSession createSession(String customerId, RequestOptions options) {
        return Futures.call(() -> bridge.createPortalSession(customerId, options));
    }
}
