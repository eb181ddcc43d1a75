package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.Subscription
import com.kelviq.sdk.model.SubscriptionCancellation
import com.kelviq.sdk.model.SubscriptionPage
import com.kelviq.sdk.model.SubscriptionUpdate
import com.kelviq.sdk.model.UpdateSubscriptionParams
import kotlinx.coroutines.flow.Flow
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** The subscriptions area as suspend operations: update, cancel, list, listAll, retrieve, create. */
public class SubscriptionsService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {

    /** Changes a subscription's plan: `POST /subscriptions/{subscriptionId}/update/`. */
    public suspend fun update(params: UpdateSubscriptionParams, options: RequestOptions = RequestOptions.DEFAULT): SubscriptionUpdate =
        transport.execute(Ops.update(params), options.over(defaults))

    /** Cancels a subscription: `POST /subscriptions/{subscriptionId}/cancel/`. */
    public suspend fun cancel(params: CancelSubscriptionParams, options: RequestOptions = RequestOptions.DEFAULT): SubscriptionCancellation =
        transport.execute(Ops.cancel(params), options.over(defaults))

    /** One page of subscriptions: `GET /subscriptions/`. */
    public suspend fun list(
        params: ListSubscriptionsParams = ListSubscriptionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionPage = transport.execute(Ops.list(params), options.over(defaults))

    /**
     * Every subscription matching [params], page after page, as a cold [Flow]; the next page is
     * fetched only once the previous one has been emitted. [ListSubscriptionsParams.page] is ignored.
     */
    public fun listAll(
        params: ListSubscriptionsParams = ListSubscriptionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Subscription> = walker(params, options).items()

    /** Retrieves a subscription: `GET /subscriptions/{subscriptionId}/`; a missing one raises `NotFoundException`. */
    public suspend fun retrieve(subscriptionId: String, options: RequestOptions = RequestOptions.DEFAULT): Subscription =
        transport.execute(Ops.retrieve(subscriptionId), options.over(defaults))

    /**
     * Creates a subscription: `POST /subscriptions/create/`. Retried only when the request surely
     * was not processed (a repeat could subscribe twice).
     */
    public suspend fun create(params: CreateSubscriptionParams, options: RequestOptions = RequestOptions.DEFAULT): Subscription =
        transport.execute(Ops.create(params), options.over(defaults))

    internal fun walker(params: ListSubscriptionsParams, options: RequestOptions): PageWalker<SubscriptionPage, Subscription> =
        PageWalker({ page -> list(params.withPage(page), options) }, { it.results }, { it.next != null })

    internal object Ops {
        fun update(params: UpdateSubscriptionParams) = Operation(
            KelviqOperation.SUBSCRIPTIONS_UPDATE,
            pathArgs = listOf(params.subscriptionId),
            body = params.toJson(),
            decoder = Decoders.jsonEchoing(SubscriptionUpdate.serializer(), JsonObject(mapOf("subscriptionId" to JsonPrimitive(params.subscriptionId)))),
        )

        fun cancel(params: CancelSubscriptionParams) = Operation(
            KelviqOperation.SUBSCRIPTIONS_CANCEL,
            pathArgs = listOf(params.subscriptionId),
            body = params.toJson(),
            decoder = Decoders.json(SubscriptionCancellation.serializer()),
        )

        fun list(params: ListSubscriptionsParams) = Operation(
            KelviqOperation.SUBSCRIPTIONS_LIST,
            query = params.toQuery(),
            decoder = Decoders.json(SubscriptionPage.serializer()),
        )

        fun retrieve(subscriptionId: String) = Operation(
            KelviqOperation.SUBSCRIPTIONS_RETRIEVE,
            pathArgs = listOf(Checks.id("subscriptionId", subscriptionId)),
            decoder = Decoders.json(Subscription.serializer()),
        )

        fun create(params: CreateSubscriptionParams) = Operation(
            KelviqOperation.SUBSCRIPTIONS_CREATE,
            body = params.toJson(),
            decoder = Decoders.json(Subscription.serializer()),
        )
    }
}
