package com.kelviq.sdk.internal.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CreateCheckoutSessionParams

/** The checkout area as suspend operations. */
public class CheckoutService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {

    /**
     * Creates a checkout session: `POST /checkout/`. Retried only when the request surely
     * was not processed (a repeat could open a second session).
     */
    public suspend fun createSession(
        params: CreateCheckoutSessionParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSession = transport.execute(Ops.createSession(params), options.over(defaults))

    internal object Ops {
        fun createSession(params: CreateCheckoutSessionParams) = Operation(
            name = "checkout.createSession", method = Method.POST, host = Host.API, path = listOf("checkout"),
            body = params.toJson(), safety = RetrySafety.NON_IDEMPOTENT, decoder = Decoders.json(CheckoutSession.serializer()),
        )
    }
}
