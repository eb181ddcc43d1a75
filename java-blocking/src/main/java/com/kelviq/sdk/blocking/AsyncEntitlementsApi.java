package com.kelviq.sdk.blocking;

import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.future.KelviqFutures;
import com.kelviq.sdk.model.CustomerEntitlements;
import com.kelviq.sdk.model.Entitlement;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The entitlements area as {@link CompletableFuture}s: hasAccess, getEntitlement, getAllEntitlements.
 *
 * <pre>{@code
 * client.async().entitlements().hasAccess("c1", "seats").thenAccept(ok -> ...);
 * }</pre>
 *
 * <p>Futures complete on the SDK's background threads (do not block inside their callbacks) and
 * fail with the {@code KelviqException} the blocking call would throw ({@code join()} wraps it in
 * {@code CompletionException}, {@code get()} in {@code ExecutionException}). Cancelling a future
 * aborts its HTTP exchange. Thread-safe.
 */
public final class AsyncEntitlementsApi {
    private final KelviqFutures.Entitlements futures;

    AsyncEntitlementsApi(KelviqFutures.Entitlements futures) {
        this.futures = futures;
    }

    /**
     * Whether the customer may use the feature now ({@code false} when it has no entitlement to it).
     *
     * @param customerId your identifier of the customer
     * @param featureId the feature identifier
     * @return a future of whether access is granted
     */
    public CompletableFuture<Boolean> hasAccess(String customerId, String featureId) {
        return hasAccess(customerId, featureId, RequestOptions.DEFAULT);
    }

    /**
     * Whether the customer may use the feature now ({@code false} when it has no entitlement to it), with per-call options.
     *
     * @param customerId your identifier of the customer
     * @param featureId the feature identifier
     * @param options per-call timeout and retries
     * @return a future of whether access is granted
     */
    public CompletableFuture<Boolean> hasAccess(String customerId, String featureId, RequestOptions options) {
        return futures.hasAccess(customerId, featureId, options);
    }

    /**
     * The customer's entitlement to one feature, aggregated over its subscriptions.
     *
     * @param customerId your identifier of the customer
     * @param featureId the feature identifier
     * @return a future of the entitlement, empty when the customer has none for this feature
     */
    public CompletableFuture<Optional<Entitlement>> getEntitlement(String customerId, String featureId) {
        return getEntitlement(customerId, featureId, RequestOptions.DEFAULT);
    }

    /**
     * The customer's entitlement to one feature, aggregated over its subscriptions, with per-call options.
     *
     * @param customerId your identifier of the customer
     * @param featureId the feature identifier
     * @param options per-call timeout and retries
     * @return a future of the entitlement, empty when the customer has none for this feature
     */
    public CompletableFuture<Optional<Entitlement>> getEntitlement(String customerId, String featureId, RequestOptions options) {
        return Futures.map(futures.getEntitlement(customerId, featureId, options), Optional::ofNullable);
    }

    /**
     * Every entitlement of the customer: {@code GET /entitlements/?customer_id=}.
     *
     * @param customerId your identifier of the customer
     * @return a future of the customer's entitlements
     */
    public CompletableFuture<CustomerEntitlements> getAllEntitlements(String customerId) {
        return getAllEntitlements(customerId, RequestOptions.DEFAULT);
    }

    /**
     * Every entitlement of the customer: {@code GET /entitlements/?customer_id=}, with per-call options.
     *
     * @param customerId your identifier of the customer
     * @param options per-call timeout and retries
     * @return a future of the customer's entitlements
     */
    public CompletableFuture<CustomerEntitlements> getAllEntitlements(String customerId, RequestOptions options) {
        return futures.getAllEntitlements(customerId, options);
    }

    /**
     * Drops the cached entitlements of one customer, so the next check asks the server.
     * Returns at once; a no-op when the entitlement cache is off.
     *
     * @param customerId the customer whose snapshot to drop
     */
    public void invalidate(String customerId) {
        futures.invalidate(customerId);
    }

    /** Drops every cached entitlement snapshot. Returns at once; a no-op when the cache is off. */
    public void invalidateAll() {
        futures.invalidateAll();
    }
}
