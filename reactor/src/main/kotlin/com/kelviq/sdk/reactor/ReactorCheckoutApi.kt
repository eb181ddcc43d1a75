package com.kelviq.sdk.reactor

import com.kelviq.sdk.reactor.internal.coldMono
import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.CheckoutService
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import reactor.core.publisher.Mono

/** The checkout area of [ReactorKelviqClient]. */
public class ReactorCheckoutApi internal constructor(private val s: CheckoutService) {
    /** [KelviqOperation.CHECKOUT_CREATE_SESSION]. */
    @JvmOverloads
    public fun createSession(params: CreateCheckoutSessionParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<CheckoutSession> =
        coldMono { s.createSession(params, options) }
}
