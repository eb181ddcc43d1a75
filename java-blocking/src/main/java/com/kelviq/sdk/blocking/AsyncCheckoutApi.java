package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.CheckoutSession;
import com.kelviq.sdk.model.CheckoutSessionDetails;
import com.kelviq.sdk.model.CheckoutSessionEvent;
import com.kelviq.sdk.model.CheckoutSessionEventPage;
import com.kelviq.sdk.model.CheckoutSessionPage;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;
import com.kelviq.sdk.model.ListCheckoutSessionsParams;
import com.kelviq.sdk.model.ListEventsParams;
import java.util.concurrent.CompletableFuture;

/**
 * The checkout area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncCheckoutApi {
    private final FuturesBridge bridge;

    AsyncCheckoutApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#CHECKOUT_CREATE_SESSION}. */
    public CompletableFuture<CheckoutSession> createSession(CreateCheckoutSessionParams params) {
        return createSession(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_CREATE_SESSION}. */
    public CompletableFuture<CheckoutSession> createSession(CreateCheckoutSessionParams params, RequestOptions options) {
        return bridge.createCheckoutSession(params, options);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_SESSIONS}. */
    public CompletableFuture<CheckoutSessionPage> listSessions() {
        return listSessions(ListCheckoutSessionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_SESSIONS}. */
    public CompletableFuture<CheckoutSessionPage> listSessions(ListCheckoutSessionsParams params) {
        return listSessions(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_SESSIONS}. */
    public CompletableFuture<CheckoutSessionPage> listSessions(ListCheckoutSessionsParams params, RequestOptions options) {
        return bridge.listCheckoutSessions(params, options);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_ALL_SESSIONS}. */
    public AsyncPageCursor<CheckoutSessionDetails> listAllSessions() {
        return listAllSessions(ListCheckoutSessionsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_ALL_SESSIONS}. */
    public AsyncPageCursor<CheckoutSessionDetails> listAllSessions(ListCheckoutSessionsParams params) {
        return listAllSessions(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_ALL_SESSIONS}. */
    public AsyncPageCursor<CheckoutSessionDetails> listAllSessions(ListCheckoutSessionsParams params, RequestOptions options) {
        return new AsyncPageCursor<>(bridge.checkoutSessionPages(params, options));
    }

    /** {@link KelviqOperation#CHECKOUT_RETRIEVE_SESSION}. */
    public CompletableFuture<CheckoutSessionDetails> retrieveSession(String sessionId) {
        return retrieveSession(sessionId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_RETRIEVE_SESSION}. */
    public CompletableFuture<CheckoutSessionDetails> retrieveSession(String sessionId, RequestOptions options) {
        return bridge.retrieveCheckoutSession(sessionId, options);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_SESSION_EVENTS}. */
    public CompletableFuture<CheckoutSessionEventPage> listSessionEvents(String sessionId) {
        return listSessionEvents(sessionId, ListEventsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_SESSION_EVENTS}. */
    public CompletableFuture<CheckoutSessionEventPage> listSessionEvents(String sessionId, ListEventsParams params) {
        return listSessionEvents(sessionId, params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_SESSION_EVENTS}. */
    public CompletableFuture<CheckoutSessionEventPage> listSessionEvents(String sessionId, ListEventsParams params, RequestOptions options) {
        return bridge.listCheckoutSessionEvents(sessionId, params, options);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_ALL_SESSION_EVENTS}. */
    public AsyncPageCursor<CheckoutSessionEvent> listAllSessionEvents(String sessionId) {
        return listAllSessionEvents(sessionId, ListEventsParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_ALL_SESSION_EVENTS}. */
    public AsyncPageCursor<CheckoutSessionEvent> listAllSessionEvents(String sessionId, ListEventsParams params) {
        return listAllSessionEvents(sessionId, params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CHECKOUT_LIST_ALL_SESSION_EVENTS}. */
    public AsyncPageCursor<CheckoutSessionEvent> listAllSessionEvents(String sessionId, ListEventsParams params, RequestOptions options) {
        return new AsyncPageCursor<>(bridge.checkoutSessionEventPages(sessionId, params, options));
    }
}
