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

/**
 * The subscriptions area of {@link KelviqBlockingClient} as blocking calls; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class BlockingSubscriptionsApi {
    private final FuturesBridge bridge;

    BlockingSubscriptionsApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_UPDATE}. */
    public SubscriptionUpdate update(UpdateSubscriptionParams params) {
        return update(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_UPDATE}. */
    public SubscriptionUpdate update(UpdateSubscriptionParams params, RequestOptions options) {
        return Futures.call(() -> bridge.updateSubscription(params, options));
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_CANCEL}. */
    public SubscriptionCancellation cancel(CancelSubscriptionParams params) {
        return cancel(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_CANCEL}. */
    public SubscriptionCancellation cancel(CancelSubscriptionParams params, RequestOptions options) {
        return Futures.call(() -> bridge.cancelSubscription(params, options));
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST}. */
    public SubscriptionPage list() {
        return list(ListSubscriptionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST}. */
    public SubscriptionPage list(ListSubscriptionsParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST}. */
    public SubscriptionPage list(ListSubscriptionsParams params, RequestOptions options) {
        return Futures.call(() -> bridge.listSubscriptions(params, options));
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST_ALL}. */
    public PagedIterable<Subscription> listAll() {
        return listAll(ListSubscriptionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST_ALL}. */
    public PagedIterable<Subscription> listAll(ListSubscriptionsParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_LIST_ALL}. */
    public PagedIterable<Subscription> listAll(ListSubscriptionsParams params, RequestOptions options) {
        return new PagedIterable<>(() -> bridge.subscriptionPages(params, options));
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_RETRIEVE}. */
    public Subscription retrieve(String subscriptionId) {
        return retrieve(subscriptionId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_RETRIEVE}. */
    public Subscription retrieve(String subscriptionId, RequestOptions options) {
        return Futures.call(() -> bridge.retrieveSubscription(subscriptionId, options));
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_CREATE}. */
    public Subscription create(CreateSubscriptionParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#SUBSCRIPTIONS_CREATE}. */
    public Subscription create(CreateSubscriptionParams params, RequestOptions options) {
        return Futures.call(() -> bridge.createSubscription(params, options));
    }
}
