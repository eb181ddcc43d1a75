package com.kelviq.sdk.internal.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Checks
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CheckoutSessionDetails
import com.kelviq.sdk.model.CheckoutSessionEvent
import com.kelviq.sdk.model.CheckoutSessionEventPage
import com.kelviq.sdk.model.CheckoutSessionPage
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.ListCheckoutSessionsParams
import com.kelviq.sdk.model.ListEventsParams
import kotlinx.coroutines.flow.Flow

/** The checkout area ([com.kelviq.sdk.KelviqOperation.CHECKOUT_CREATE_SESSION] and the session reads after it). */
public class CheckoutService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {

    /** [com.kelviq.sdk.KelviqOperation.CHECKOUT_CREATE_SESSION]. */
    public suspend fun createSession(
        params: CreateCheckoutSessionParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSession = transport.execute(Ops.createSession(params), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.CHECKOUT_LIST_SESSIONS]. */
    public suspend fun listSessions(
        params: ListCheckoutSessionsParams = ListCheckoutSessionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSessionPage = transport.execute(Ops.listSessions(params), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.CHECKOUT_LIST_ALL_SESSIONS]. */
    public fun listAllSessions(
        params: ListCheckoutSessionsParams = ListCheckoutSessionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<CheckoutSessionDetails> = sessionWalker(params, options).items()

    /** [com.kelviq.sdk.KelviqOperation.CHECKOUT_RETRIEVE_SESSION]. */
    public suspend fun retrieveSession(sessionId: String, options: RequestOptions = RequestOptions.DEFAULT): CheckoutSessionDetails =
        transport.execute(Ops.retrieveSession(sessionId), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.CHECKOUT_LIST_SESSION_EVENTS]. */
    public suspend fun listSessionEvents(
        sessionId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSessionEventPage = transport.execute(Ops.listSessionEvents(sessionId, params), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.CHECKOUT_LIST_ALL_SESSION_EVENTS]. */
    public fun listAllSessionEvents(
        sessionId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<CheckoutSessionEvent> = sessionEventWalker(sessionId, params, options).items()

    internal fun sessionWalker(params: ListCheckoutSessionsParams, options: RequestOptions): PageWalker<CheckoutSessionPage, CheckoutSessionDetails> =
        PageWalker({ page -> listSessions(params.withPage(page), options) }, { it.results }, { it.next != null })

    internal fun sessionEventWalker(
        sessionId: String,
        params: ListEventsParams,
        options: RequestOptions,
    ): PageWalker<CheckoutSessionEventPage, CheckoutSessionEvent> =
        PageWalker({ page -> listSessionEvents(sessionId, params.withPage(page), options) }, { it.results }, { it.next != null })

    internal object Ops {
        fun createSession(params: CreateCheckoutSessionParams) = Operation(
            name = "checkout.createSession", method = Method.POST, host = Host.API, path = listOf("checkout"),
            body = params.toJson(), safety = RetrySafety.NON_IDEMPOTENT, decoder = Decoders.json(CheckoutSession.serializer()),
        )

        fun listSessions(params: ListCheckoutSessionsParams) = Operation(
            name = "checkout.listSessions", method = Method.GET, host = Host.API, path = listOf("checkout", "sessions"),
            query = params.toQuery(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(CheckoutSessionPage.serializer()),
        )

        fun retrieveSession(sessionId: String) = Operation(
            name = "checkout.retrieveSession", method = Method.GET, host = Host.API,
            path = listOf("checkout", "sessions", Checks.id("sessionId", sessionId)),
            safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(CheckoutSessionDetails.serializer()),
        )

        fun listSessionEvents(sessionId: String, params: ListEventsParams) = Operation(
            name = "checkout.listSessionEvents", method = Method.GET, host = Host.API,
            path = listOf("checkout", "sessions", Checks.id("sessionId", sessionId), "events"),
            query = params.toQuery(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(CheckoutSessionEventPage.serializer()),
        )
    }
}
