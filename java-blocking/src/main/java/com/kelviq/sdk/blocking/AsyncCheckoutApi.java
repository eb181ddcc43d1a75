package com.kelviq.sdk.blocking;

import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.future.KelviqFutures;
import com.kelviq.sdk.model.CheckoutSession;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;
import java.util.concurrent.CompletableFuture;

/**
 * The checkout area as {@link CompletableFuture}s: createSession.
 *
 * <pre>{@code
 * client.async().checkout().createSession(params).thenAccept(s -> redirect(s.getCheckoutUrl()));
 * }</pre>
 *
 * <p>Futures complete on the SDK's background threads (do not block inside their callbacks) and
 * fail with the {@code KelviqException} the blocking call would throw ({@code join()} wraps it in
 * {@code CompletionException}, {@code get()} in {@code ExecutionException}). Cancelling a future
 * aborts its HTTP exchange. Thread-safe.
 */
public final class AsyncCheckoutApi {
    private final KelviqFutures.Checkout futures;

    AsyncCheckoutApi(KelviqFutures.Checkout futures) {
        this.futures = futures;
    }

    /**
     * Creates a checkout session: {@code POST /checkout/}.
     *
     * @param params plan, charge period, success URL and the optional settings
     * @return a future of the session
     */
    public CompletableFuture<CheckoutSession> createSession(CreateCheckoutSessionParams params) {
        return createSession(params, RequestOptions.DEFAULT);
    }

    /**
     * Creates a checkout session: {@code POST /checkout/}, with per-call options.
     *
     * @param params plan, charge period, success URL and the optional settings
     * @param options per-call timeout and retries
     * @return a future of the session
     */
    public CompletableFuture<CheckoutSession> createSession(CreateCheckoutSessionParams params, RequestOptions options) {
        return futures.createSession(params, options);
    }
}
