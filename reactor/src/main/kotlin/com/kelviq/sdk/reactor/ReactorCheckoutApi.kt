package com.kelviq.sdk.reactor

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.service.CheckoutService
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.reactor.mono
import reactor.core.publisher.Mono

/**
 * The checkout area of [ReactorKelviqClient]: `createSession`.
 *
 * ```java
 * Mono<String> url = kelviq.checkout()
 *     .createSession(CreateCheckoutSessionParams.builder()
 *         .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://example.com/ok").build())
 *     .map(CheckoutSession::getCheckoutUrl);
 * ```
 * The `Mono` is cold (each subscription creates a new session); disposing it cancels the HTTP exchange.
 */
public class ReactorCheckoutApi internal constructor(private val service: CheckoutService) {

    /** Creates a checkout session: `POST /checkout/`. */
    public fun createSession(params: CreateCheckoutSessionParams): Mono<CheckoutSession> =
        createSession(params, RequestOptions.DEFAULT)

    /** Creates a checkout session with per-call [options]. */
    public fun createSession(params: CreateCheckoutSessionParams, options: RequestOptions): Mono<CheckoutSession> =
        call { it.createSession(params, options) }

    /** Runs [block] against the service in a cold `Mono` started on `Dispatchers.Default` at subscription. */
    private fun <T : Any> call(block: suspend (CheckoutService) -> T?): Mono<T> {
        val service = service // captured directly: no synthetic accessor in the public class
        return mono(Dispatchers.Default) { block(service) }
    }
}
