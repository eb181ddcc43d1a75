package com.kelviq.sdk.reactor

import com.kelviq.sdk.reactor.internal.coldMono
import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.CheckoutService
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CheckoutSessionDetails
import com.kelviq.sdk.model.CheckoutSessionEvent
import com.kelviq.sdk.model.CheckoutSessionEventPage
import com.kelviq.sdk.model.CheckoutSessionPage
import com.kelviq.sdk.model.ListCheckoutSessionsParams
import com.kelviq.sdk.model.ListEventsParams
import com.kelviq.sdk.reactor.internal.pagedFlux
import reactor.core.publisher.Flux
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import reactor.core.publisher.Mono

/** The checkout area of [ReactorKelviqClient]. */
public class ReactorCheckoutApi internal constructor(private val s: CheckoutService) {
    /** [KelviqOperation.CHECKOUT_CREATE_SESSION]. */
    @JvmOverloads
    public fun createSession(params: CreateCheckoutSessionParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<CheckoutSession> =
        coldMono { s.createSession(params, options) }

    /** [KelviqOperation.CHECKOUT_LIST_SESSIONS]. */
    @JvmOverloads
    public fun listSessions(
        params: ListCheckoutSessionsParams = ListCheckoutSessionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Mono<CheckoutSessionPage> = coldMono { s.listSessions(params, options) }

    /** [KelviqOperation.CHECKOUT_LIST_ALL_SESSIONS]. */
    @JvmOverloads
    public fun listAllSessions(
        params: ListCheckoutSessionsParams = ListCheckoutSessionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flux<CheckoutSessionDetails> = pagedFlux(s.listAllSessions(params, options))

    /** [KelviqOperation.CHECKOUT_RETRIEVE_SESSION]. */
    @JvmOverloads
    public fun retrieveSession(sessionId: String, options: RequestOptions = RequestOptions.DEFAULT): Mono<CheckoutSessionDetails> =
        coldMono { s.retrieveSession(sessionId, options) }

    /** [KelviqOperation.CHECKOUT_LIST_SESSION_EVENTS]. */
    @JvmOverloads
    public fun listSessionEvents(
        sessionId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Mono<CheckoutSessionEventPage> = coldMono { s.listSessionEvents(sessionId, params, options) }

    /** [KelviqOperation.CHECKOUT_LIST_ALL_SESSION_EVENTS]. */
    @JvmOverloads
    public fun listAllSessionEvents(
        sessionId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flux<CheckoutSessionEvent> = pagedFlux(s.listAllSessionEvents(sessionId, params, options))
}
