package com.kelviq.sdk.blocking;

import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.future.KelviqFutures;
import com.kelviq.sdk.model.CheckoutSession;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;

/**
 * The checkout area as blocking calls: createSession.
 *
 * <pre>{@code
 * CheckoutSession session = client.checkout().createSession(
 *     CreateCheckoutSessionParams.builder()
 *         .planIdentifier("plan-pro")
 *         .chargePeriod(ChargePeriod.MONTHLY)
 *         .successUrl("https://example.com/ok")
 *         .build());
 * }</pre>
 *
 * <p>Calls block the calling thread and throw {@code KelviqException} subclasses; interrupting the
 * waiting thread cancels the call (see {@link KelviqBlockingClient}). Thread-safe.
 */
public final class BlockingCheckoutApi {
    private final KelviqFutures.Checkout futures;

    BlockingCheckoutApi(KelviqFutures.Checkout futures) {
        this.futures = futures;
    }

    /**
     * Creates a checkout session: {@code POST /checkout/}. Not retried after the request may have
     * been processed.
     *
     * @param params plan, charge period, success URL and the optional settings
     * @return the session, with the URL to send the buyer to
     */
    public CheckoutSession createSession(CreateCheckoutSessionParams params) {
        return createSession(params, RequestOptions.DEFAULT);
    }

    /**
     * Creates a checkout session, with per-call options.
     *
     * @param params plan, charge period, success URL and the optional settings
     * @param options per-call timeout and retries
     * @return the session, with the URL to send the buyer to
     */
    public CheckoutSession createSession(CreateCheckoutSessionParams params, RequestOptions options) {
        return Futures.call(() -> futures.createSession(params, options));
    }
}
