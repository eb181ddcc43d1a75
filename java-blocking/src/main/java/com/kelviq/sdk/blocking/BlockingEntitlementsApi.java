package com.kelviq.sdk.blocking;

import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.future.KelviqFutures;
import com.kelviq.sdk.model.CustomerEntitlements;
import com.kelviq.sdk.model.Entitlement;
import java.util.Optional;

/**
 * The entitlements area as blocking calls (edge host): hasAccess, getEntitlement,
 * getAllEntitlements.
 *
 * <pre>{@code
 * if (client.entitlements().hasAccess("c1", "seats")) { ... }
 * client.entitlements().getEntitlement("c1", "seats")
 *     .ifPresent(e -> System.out.println(e.getRemaining()));
 * }</pre>
 *
 * <p>Calls block the calling thread and throw {@code KelviqException} subclasses; interrupting the
 * waiting thread cancels the call (see {@link KelviqBlockingClient}). Thread-safe.
 */
public final class BlockingEntitlementsApi {
    private final KelviqFutures.Entitlements futures;

    BlockingEntitlementsApi(KelviqFutures.Entitlements futures) {
        this.futures = futures;
    }

    /**
     * Whether the customer may use the feature now: {@code GET /entitlements/?customer_id=&feature_id=}.
     * {@code false} when the customer has no entitlement to the feature.
     *
     * @param customerId your identifier of the customer
     * @param featureId the feature identifier
     * @return whether access is granted
     */
    public boolean hasAccess(String customerId, String featureId) {
        return hasAccess(customerId, featureId, RequestOptions.DEFAULT);
    }

    /**
     * Whether the customer may use the feature now, with per-call options.
     *
     * @param customerId your identifier of the customer
     * @param featureId the feature identifier
     * @param options per-call timeout and retries
     * @return whether access is granted
     */
    public boolean hasAccess(String customerId, String featureId, RequestOptions options) {
        Boolean cached = futures.hasAccessIfCached(customerId, featureId);
        if (cached != null) {
            return cached; // answered by the entitlement cache: no future, no blocking
        }
        return Futures.call(() -> futures.hasAccess(customerId, featureId, options));
    }

    /**
     * The customer's entitlement to one feature, aggregated over its subscriptions.
     *
     * @param customerId your identifier of the customer
     * @param featureId the feature identifier
     * @return the entitlement, or empty when the customer has none for this feature
     */
    public Optional<Entitlement> getEntitlement(String customerId, String featureId) {
        return getEntitlement(customerId, featureId, RequestOptions.DEFAULT);
    }

    /**
     * The customer's entitlement to one feature, with per-call options.
     *
     * @param customerId your identifier of the customer
     * @param featureId the feature identifier
     * @param options per-call timeout and retries
     * @return the entitlement, or empty when the customer has none for this feature
     */
    public Optional<Entitlement> getEntitlement(String customerId, String featureId, RequestOptions options) {
        return Optional.ofNullable(Futures.call(() -> futures.getEntitlement(customerId, featureId, options)));
    }

    /**
     * Every entitlement of the customer: {@code GET /entitlements/?customer_id=}. The raw entries
     * are in {@code getEntitlements()}; {@code get(featureId)} and {@code byFeature()} aggregate them.
     *
     * @param customerId your identifier of the customer
     * @return the customer's entitlements
     */
    public CustomerEntitlements getAllEntitlements(String customerId) {
        return getAllEntitlements(customerId, RequestOptions.DEFAULT);
    }

    /**
     * Every entitlement of the customer, with per-call options.
     *
     * @param customerId your identifier of the customer
     * @param options per-call timeout and retries
     * @return the customer's entitlements
     */
    public CustomerEntitlements getAllEntitlements(String customerId, RequestOptions options) {
        return Futures.call(() -> futures.getAllEntitlements(customerId, options));
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
