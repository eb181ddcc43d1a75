package com.kelviq.sdk.blocking;

import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.future.KelviqFutures;
import com.kelviq.sdk.model.CancelSubscriptionParams;
import com.kelviq.sdk.model.CreateSubscriptionParams;
import com.kelviq.sdk.model.ListSubscriptionsParams;
import com.kelviq.sdk.model.Subscription;
import com.kelviq.sdk.model.SubscriptionCancellation;
import com.kelviq.sdk.model.SubscriptionPage;
import com.kelviq.sdk.model.SubscriptionUpdate;
import com.kelviq.sdk.model.UpdateSubscriptionParams;

/**
 * The subscriptions area as blocking calls: update, cancel, list, listAll, retrieve, create.
 *
 * <pre>{@code
 * client.subscriptions().cancel(CancelSubscriptionParams.builder()
 *     .subscriptionId("sub_1").cancellationType(CancellationType.CURRENT_PERIOD_ENDS).build());
 * for (Subscription s : client.subscriptions().listAll(
 *         ListSubscriptionsParams.builder().customerId("c1").build())) { ... }
 * }</pre>
 *
 * <p>Calls block the calling thread and throw {@code KelviqException} subclasses; interrupting the
 * waiting thread cancels the call (see {@link KelviqBlockingClient}). Thread-safe.
 */
public final class BlockingSubscriptionsApi {
    private final KelviqFutures.Subscriptions futures;

    BlockingSubscriptionsApi(KelviqFutures.Subscriptions futures) {
        this.futures = futures;
    }

    /**
     * Changes a subscription's plan: {@code POST /subscriptions/{subscriptionId}/update/}.
     *
     * @param params the subscription id, the new plan and charge period, and the optional settings
     * @return the id of the updated subscription
     */
    public SubscriptionUpdate update(UpdateSubscriptionParams params) {
        return update(params, RequestOptions.DEFAULT);
    }

    /**
     * Changes a subscription's plan, with per-call options.
     *
     * @param params the subscription id, the new plan and charge period, and the optional settings
     * @param options per-call timeout and retries
     * @return the id of the updated subscription
     */
    public SubscriptionUpdate update(UpdateSubscriptionParams params, RequestOptions options) {
        return Futures.call(() -> futures.update(params, options));
    }

    /**
     * Cancels a subscription: {@code POST /subscriptions/{subscriptionId}/cancel/}.
     *
     * @param params the subscription id, cancellation type and the optional date and feedback
     * @return the server's message
     */
    public SubscriptionCancellation cancel(CancelSubscriptionParams params) {
        return cancel(params, RequestOptions.DEFAULT);
    }

    /**
     * Cancels a subscription, with per-call options.
     *
     * @param params the subscription id, cancellation type and the optional date and feedback
     * @param options per-call timeout and retries
     * @return the server's message
     */
    public SubscriptionCancellation cancel(CancelSubscriptionParams params, RequestOptions options) {
        return Futures.call(() -> futures.cancel(params, options));
    }

    /**
     * The first page of subscriptions, unfiltered: {@code GET /subscriptions/}.
     *
     * @return one page of subscriptions
     */
    public SubscriptionPage list() {
        return list(ListSubscriptionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /**
     * One page of subscriptions: {@code GET /subscriptions/?customer_id=&status=&page=&page_size=}.
     *
     * @param params customer, statuses, page and page size
     * @return one page of subscriptions
     */
    public SubscriptionPage list(ListSubscriptionsParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /**
     * One page of subscriptions, with per-call options.
     *
     * @param params customer, statuses, page and page size
     * @param options per-call timeout and retries
     * @return one page of subscriptions
     */
    public SubscriptionPage list(ListSubscriptionsParams params, RequestOptions options) {
        return Futures.call(() -> futures.list(params, options));
    }

    /**
     * Every subscription, fetched lazily page by page as the result is iterated (nothing is sent
     * before).
     *
     * @return a lazy iterable over every subscription
     */
    public PagedIterable<Subscription> listAll() {
        return listAll(ListSubscriptionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /**
     * Every subscription matching {@code params}, fetched lazily page by page; {@code params.page}
     * is ignored (the walk starts at page 1).
     *
     * @param params customer, statuses and page size
     * @return a lazy iterable over every matching subscription
     */
    public PagedIterable<Subscription> listAll(ListSubscriptionsParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /**
     * Every subscription matching {@code params}, fetched lazily page by page, each page request
     * with {@code options}.
     *
     * @param params customer, statuses and page size
     * @param options per-request timeout and retries
     * @return a lazy iterable over every matching subscription
     */
    public PagedIterable<Subscription> listAll(ListSubscriptionsParams params, RequestOptions options) {
        return new PagedIterable<>(() -> futures.listAll(params, options));
    }

    /**
     * Retrieves a subscription: {@code GET /subscriptions/{subscriptionId}/}.
     *
     * @param subscriptionId the subscription id
     * @return the subscription
     * @throws com.kelviq.sdk.errors.NotFoundException when there is no such subscription
     */
    public Subscription retrieve(String subscriptionId) {
        return retrieve(subscriptionId, RequestOptions.DEFAULT);
    }

    /**
     * Retrieves a subscription, with per-call options.
     *
     * @param subscriptionId the subscription id
     * @param options per-call timeout and retries
     * @return the subscription
     */
    public Subscription retrieve(String subscriptionId, RequestOptions options) {
        return Futures.call(() -> futures.retrieve(subscriptionId, options));
    }

    /**
     * Creates a subscription: {@code POST /subscriptions/create/}. Not retried after the request
     * may have been processed (a repeat could charge twice).
     *
     * @param params plan, charge period, customer and the optional settings
     * @return the created subscription
     */
    public Subscription create(CreateSubscriptionParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /**
     * Creates a subscription, with per-call options.
     *
     * @param params plan, charge period, customer and the optional settings
     * @param options per-call timeout and retries
     * @return the created subscription
     */
    public Subscription create(CreateSubscriptionParams params, RequestOptions options) {
        return Futures.call(() -> futures.create(params, options));
    }
}
