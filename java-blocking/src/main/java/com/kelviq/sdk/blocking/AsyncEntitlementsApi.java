package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.CustomerEntitlements;
import com.kelviq.sdk.model.Entitlement;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The entitlements area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 *
 * <pre>{@code
 * async.entitlements().hasAccess("c1", "sso").thenAccept(allowed -> { ... });
 * }</pre>
 */
public final class AsyncEntitlementsApi {
    private final FuturesBridge bridge;

    AsyncEntitlementsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#ENTITLEMENTS_HAS_ACCESS}. */
    public CompletableFuture<Boolean> hasAccess(String customerId, String featureId) {
        return hasAccess(customerId, featureId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ENTITLEMENTS_HAS_ACCESS}. */
    public CompletableFuture<Boolean> hasAccess(String customerId, String featureId, RequestOptions options) {
        return bridge.hasAccess(customerId, featureId, options);
    }

    /** {@link KelviqOperation#ENTITLEMENTS_GET_ENTITLEMENT}. */
    public CompletableFuture<Optional<Entitlement>> getEntitlement(String customerId, String featureId) {
        return getEntitlement(customerId, featureId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ENTITLEMENTS_GET_ENTITLEMENT}. */
    public CompletableFuture<Optional<Entitlement>> getEntitlement(String customerId, String featureId, RequestOptions options) {
        return Futures.map(bridge.getEntitlement(customerId, featureId, options), Optional::ofNullable);
    }

    /** {@link KelviqOperation#ENTITLEMENTS_GET_ALL_ENTITLEMENTS}. */
    public CompletableFuture<CustomerEntitlements> getAllEntitlements(String customerId) {
        return getAllEntitlements(customerId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#ENTITLEMENTS_GET_ALL_ENTITLEMENTS}. */
    public CompletableFuture<CustomerEntitlements> getAllEntitlements(String customerId, RequestOptions options) {
        return bridge.getAllEntitlements(customerId, options);
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
