package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.CancelSubscriptionParams;
import com.kelviq.sdk.model.CreateSubscriptionParams;
import com.kelviq.sdk.model.ListSubscriptionsParams;
import com.kelviq.sdk.model.Subscription;
import com.kelviq.sdk.model.SubscriptionCancellation;
import com.kelviq.sdk.model.SubscriptionPage;
import com.kelviq.sdk.model.SubscriptionUpdate;
import com.kelviq.sdk.model.UpdateSubscriptionParams;
import java.util.concurrent.CompletableFuture;

/**
 * The subscriptions area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncSubscriptionsApi {
    private final FuturesBridge bridge;

    AsyncSubscriptionsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_UPDATE}. */
    public CompletableFuture<SubscriptionUpdate> update(UpdateSubscriptionParams params) {
        return update(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_UPDATE}. */
    public CompletableFuture<SubscriptionUpdate> update(UpdateSubscriptionParams params, RequestOptions options) {
        return bridge.updateSubscription(params, options);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_CANCEL}. */
    public CompletableFuture<SubscriptionCancellation> cancel(CancelSubscriptionParams params) {
        return cancel(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_CANCEL}. */
    public CompletableFuture<SubscriptionCancellation> cancel(CancelSubscriptionParams params, RequestOptions options) {
        return bridge.cancelSubscription(params, options);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST}. */
    public CompletableFuture<SubscriptionPage> list() {
        return list(ListSubscriptionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST}. */
    public CompletableFuture<SubscriptionPage> list(ListSubscriptionsParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST}. */
    public CompletableFuture<SubscriptionPage> list(ListSubscriptionsParams params, RequestOptions options) {
        return bridge.listSubscriptions(params, options);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST_ALL}. */
    public AsyncPageCursor<Subscription> listAll() {
        return listAll(ListSubscriptionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST_ALL}. */
    public AsyncPageCursor<Subscription> listAll(ListSubscriptionsParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST_ALL}. */
    public AsyncPageCursor<Subscription> listAll(ListSubscriptionsParams params, RequestOptions options) {
        return new AsyncPageCursor<>(bridge.subscriptionPages(params, options));
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_RETRIEVE}. */
    public CompletableFuture<Subscription> retrieve(String subscriptionId) {
        return retrieve(subscriptionId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_RETRIEVE}. */
    public CompletableFuture<Subscription> retrieve(String subscriptionId, RequestOptions options) {
        return bridge.retrieveSubscription(subscriptionId, options);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_CREATE}. */
    public CompletableFuture<Subscription> create(CreateSubscriptionParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_CREATE}. */
    public CompletableFuture<Subscription> create(CreateSubscriptionParams params, RequestOptions options) {
        return bridge.createSubscription(params, options);
    }
}
