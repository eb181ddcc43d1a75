package com.kelviq.sdk.blocking;

import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.future.KelviqFutures;
import com.kelviq.sdk.future.PageCursor;
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
 * The subscriptions area as {@link CompletableFuture}s: update, cancel, list, listAll, retrieve, create.
 *
 * <pre>{@code
 * client.async().subscriptions().retrieve("sub_1").thenAccept(s -> System.out.println(s.getStatus()));
 * }</pre>
 *
 * <p>Futures complete on the SDK's background threads (do not block inside their callbacks) and
 * fail with the {@code KelviqException} the blocking call would throw ({@code join()} wraps it in
 * {@code CompletionException}, {@code get()} in {@code ExecutionException}). Cancelling a future
 * aborts its HTTP exchange. Thread-safe.
 */
public final class AsyncSubscriptionsApi {
    private final KelviqFutures.Subscriptions futures;

    AsyncSubscriptionsApi(KelviqFutures.Subscriptions futures) {
        this.futures = futures;
    }

    /**
     * Changes a subscription's plan: {@code POST /subscriptions/{subscriptionId}/update/}.
     *
     * @param params the subscription id, the new plan and charge period, and the optional settings
     * @return a future of the id of the updated subscription
     */
    public CompletableFuture<SubscriptionUpdate> update(UpdateSubscriptionParams params) {
        return update(params, RequestOptions.DEFAULT);
    }

    /**
     * Changes a subscription's plan: {@code POST /subscriptions/{subscriptionId}/update/}, with per-call options.
     *
     * @param params the subscription id, the new plan and charge period, and the optional settings
     * @param options per-call timeout and retries
     * @return a future of the id of the updated subscription
     */
    public CompletableFuture<SubscriptionUpdate> update(UpdateSubscriptionParams params, RequestOptions options) {
        return futures.update(params, options);
    }

    /**
     * Cancels a subscription: {@code POST /subscriptions/{subscriptionId}/cancel/}.
     *
     * @param params the subscription id, cancellation type and the optional date and feedback
     * @return a future of the server's message
     */
    public CompletableFuture<SubscriptionCancellation> cancel(CancelSubscriptionParams params) {
        return cancel(params, RequestOptions.DEFAULT);
    }

    /**
     * Cancels a subscription: {@code POST /subscriptions/{subscriptionId}/cancel/}, with per-call options.
     *
     * @param params the subscription id, cancellation type and the optional date and feedback
     * @param options per-call timeout and retries
     * @return a future of the server's message
     */
    public CompletableFuture<SubscriptionCancellation> cancel(CancelSubscriptionParams params, RequestOptions options) {
        return futures.cancel(params, options);
    }

    /**
     * The first page of subscriptions, unfiltered: {@code GET /subscriptions/}.
     *
     * @return a future of one page of subscriptions
     */
    public CompletableFuture<SubscriptionPage> list() {
        return list(ListSubscriptionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /**
     * One page of subscriptions: {@code GET /subscriptions/}.
     *
     * @param params customer, statuses, page and page size
     * @return a future of one page of subscriptions
     */
    public CompletableFuture<SubscriptionPage> list(ListSubscriptionsParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /**
     * One page of subscriptions: {@code GET /subscriptions/}, with per-call options.
     *
     * @param params customer, statuses, page and page size
     * @param options per-call timeout and retries
     * @return a future of one page of subscriptions
     */
    public CompletableFuture<SubscriptionPage> list(ListSubscriptionsParams params, RequestOptions options) {
        return futures.list(params, options);
    }

    /**
     * A cursor over every page of subscriptions; nothing is fetched before the first
     * {@link PageCursor#nextPage()}.
     *
     * @return a cursor handing out one page per {@code nextPage()}, {@code null} once exhausted
     */
    public PageCursor<Subscription> listAll() {
        return listAll(ListSubscriptionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /**
     * A cursor over every page of subscriptions matching {@code params} ({@code page} ignored).
     *
     * @param params customer, statuses and page size
     * @return a cursor handing out one page per {@code nextPage()}, {@code null} once exhausted
     */
    public PageCursor<Subscription> listAll(ListSubscriptionsParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /**
     * A cursor over every page of subscriptions matching {@code params} ({@code page} ignored), with per-call options.
     *
     * @param params customer, statuses and page size
     * @param options per-call timeout and retries
     * @return a cursor handing out one page per {@code nextPage()}, {@code null} once exhausted
     */
    public PageCursor<Subscription> listAll(ListSubscriptionsParams params, RequestOptions options) {
        return futures.listAll(params, options);
    }

    /**
     * Retrieves a subscription: {@code GET /subscriptions/{subscriptionId}/}.
     *
     * @param subscriptionId the subscription id
     * @return a future of the subscription
     */
    public CompletableFuture<Subscription> retrieve(String subscriptionId) {
        return retrieve(subscriptionId, RequestOptions.DEFAULT);
    }

    /**
     * Retrieves a subscription: {@code GET /subscriptions/{subscriptionId}/}, with per-call options.
     *
     * @param subscriptionId the subscription id
     * @param options per-call timeout and retries
     * @return a future of the subscription
     */
    public CompletableFuture<Subscription> retrieve(String subscriptionId, RequestOptions options) {
        return futures.retrieve(subscriptionId, options);
    }

    /**
     * Creates a subscription: {@code POST /subscriptions/create/}.
     *
     * @param params plan, charge period, customer and the optional settings
     * @return a future of the created subscription
     */
    public CompletableFuture<Subscription> create(CreateSubscriptionParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /**
     * Creates a subscription: {@code POST /subscriptions/create/}, with per-call options.
     *
     * @param params plan, charge period, customer and the optional settings
     * @param options per-call timeout and retries
     * @return a future of the created subscription
     */
    public CompletableFuture<Subscription> create(CreateSubscriptionParams params, RequestOptions options) {
        return futures.create(params, options);
    }
}
