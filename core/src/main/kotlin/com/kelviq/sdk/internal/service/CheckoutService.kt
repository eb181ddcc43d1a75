package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CheckoutSessionDetails
import com.kelviq.sdk.model.CheckoutSessionEvent
import com.kelviq.sdk.model.CheckoutSessionEventPage
import com.kelviq.sdk.model.CheckoutSessionPage
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.ListCheckoutSessionsParams
import com.kelviq.sdk.model.ListEventsParams
import kotlinx.coroutines.flow.Flow

/** The checkout area ([KelviqOperation.CHECKOUT_CREATE_SESSION] and the session reads after it). */
public class CheckoutService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {

    /** [KelviqOperation.CHECKOUT_CREATE_SESSION]. */
    public suspend fun createSession(
        params: CreateCheckoutSessionParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSession = transport.execute(Ops.createSession(params), options.over(defaults))

    /** [KelviqOperation.CHECKOUT_LIST_SESSIONS]. */
    public suspend fun listSessions(
        params: ListCheckoutSessionsParams = ListCheckoutSessionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSessionPage = transport.execute(Ops.listSessions(params), options.over(defaults))

    /** [KelviqOperation.CHECKOUT_LIST_ALL_SESSIONS]. */
    public fun listAllSessions(
        params: ListCheckoutSessionsParams = ListCheckoutSessionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<CheckoutSessionDetails> = sessionWalker(params, options).items()

    /** [KelviqOperation.CHECKOUT_RETRIEVE_SESSION]. */
    public suspend fun retrieveSession(sessionId: String, options: RequestOptions = RequestOptions.DEFAULT): CheckoutSessionDetails =
        transport.execute(Ops.retrieveSession(sessionId), options.over(defaults))

    /** [KelviqOperation.CHECKOUT_LIST_SESSION_EVENTS]. */
    public suspend fun listSessionEvents(
        sessionId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSessionEventPage = transport.execute(Ops.listSessionEvents(sessionId, params), options.over(defaults))

    /** [KelviqOperation.CHECKOUT_LIST_ALL_SESSION_EVENTS]. */
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
            KelviqOperation.CHECKOUT_CREATE_SESSION,
            body = params.toJson(),
            decoder = Decoders.json(CheckoutSession.serializer()),
        )

        fun listSessions(params: ListCheckoutSessionsParams) = Operation(
            KelviqOperation.CHECKOUT_LIST_SESSIONS,
            query = params.toQuery(),
            decoder = Decoders.json(CheckoutSessionPage.serializer()),
        )

        fun retrieveSession(sessionId: String) = Operation(
            KelviqOperation.CHECKOUT_RETRIEVE_SESSION,
            pathArgs = listOf(Checks.id("sessionId", sessionId)),
            decoder = Decoders.json(CheckoutSessionDetails.serializer()),
        )

        fun listSessionEvents(sessionId: String, params: ListEventsParams) = Operation(
            KelviqOperation.CHECKOUT_LIST_SESSION_EVENTS,
            pathArgs = listOf(Checks.id("sessionId", sessionId)),
            query = params.toQuery(),
            decoder = Decoders.json(CheckoutSessionEventPage.serializer()),
        )
    }
}
