package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.CustomerEntitlements;
import com.kelviq.sdk.model.Entitlement;
import java.util.Optional;

/**
 * The entitlements area of {@link KelviqBlockingClient} as blocking calls; each operation's contract is in
 * {@link KelviqOperation}.
 *
 * <pre>{@code
 * if (client.entitlements().hasAccess("c1", "sso")) {
 *     enableSso();
 * }
 * }</pre>
 */
public final class BlockingEntitlementsApi {
    private final FuturesBridge bridge;

    BlockingEntitlementsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#ENTITLEMENTS_HAS_ACCESS}. */
    public boolean hasAccess(String customerId, String featureId) {
        return hasAccess(customerId, featureId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ENTITLEMENTS_HAS_ACCESS}. */
    public boolean hasAccess(String customerId, String featureId, RequestOptions options) {
        Boolean cached = bridge.hasAccessIfCached(customerId, featureId); // a hit: no future, no allocation
        return cached != null ? cached : Futures.call(() -> bridge.hasAccessAfterMiss(customerId, featureId, options));
    }

    /** {@link KelviqOperation#ENTITLEMENTS_GET_ENTITLEMENT}. */
    public Optional<Entitlement> getEntitlement(String customerId, String featureId) {
        return getEntitlement(customerId, featureId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ENTITLEMENTS_GET_ENTITLEMENT}. */
    public Optional<Entitlement> getEntitlement(String customerId, String featureId, RequestOptions options) {
        return Optional.ofNullable(Futures.call(() -> bridge.getEntitlement(customerId, featureId, options)));
    }

    /** {@link KelviqOperation#ENTITLEMENTS_GET_ALL_ENTITLEMENTS}. */
    public CustomerEntitlements getAllEntitlements(String customerId) {
        return getAllEntitlements(customerId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ENTITLEMENTS_GET_ALL_ENTITLEMENTS}. */
    public CustomerEntitlements getAllEntitlements(String customerId, RequestOptions options) {
        return Futures.call(() -> bridge.getAllEntitlements(customerId, options));
    }

    /** {@link KelviqOperation#ENTITLEMENTS_INVALIDATE}. */
    public void invalidate(String customerId) {
        bridge.invalidate(customerId);
    }

    /** {@link KelviqOperation#ENTITLEMENTS_INVALIDATE_ALL}. */
    public void invalidateAll() {
        bridge.invalidateAll();
    }
}
