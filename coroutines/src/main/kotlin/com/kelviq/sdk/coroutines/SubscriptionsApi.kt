package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CancellationFeedback
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.PaymentBehavior
import com.kelviq.sdk.model.Subscription
import com.kelviq.sdk.model.SubscriptionCancellation
import com.kelviq.sdk.model.SubscriptionPage
import com.kelviq.sdk.model.SubscriptionUpdate
import com.kelviq.sdk.model.TrialEnd
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.internal.service.SubscriptionsService
import kotlinx.coroutines.flow.Flow
import java.time.LocalDate

/**
 * The subscriptions area of [KelviqClient]: `update`, `cancel`, `list`, `listAll`, `retrieve`, `create`.
 *
 * ```kotlin
 * kelviq.subscriptions.update(subscriptionId = "sub_1", planIdentifier = "plan-team", chargePeriod = ChargePeriod.YEARLY)
 * kelviq.subscriptions.cancel(subscriptionId = "sub_1", cancellationType = CancellationType.CURRENT_PERIOD_ENDS)
 * kelviq.subscriptions.listAll(customerId = "c1", status = listOf("active")).collect { println(it.plan?.name) }
 * ```
 * Cancelling the calling coroutine aborts the HTTP exchange.
 */
public class SubscriptionsApi internal constructor(private val service: SubscriptionsService) {

    /** [KelviqOperation.SUBSCRIPTIONS_UPDATE]. */
    public suspend fun update(
        params: UpdateSubscriptionParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionUpdate = service.update(params, options)

    /** [KelviqOperation.SUBSCRIPTIONS_UPDATE], from named arguments: those of the params builder. */
    @Suppress("DEPRECATION")
    public suspend fun update(
        subscriptionId: String,
        planIdentifier: String,
        chargePeriod: ChargePeriod,
        features: List<FeatureQuantity>? = null,
        ipAddress: String? = null,
        trialEnd: TrialEnd? = null,
        paymentBehavior: PaymentBehavior? = null,
        offeringId: String? = null,
        pricingTableId: String? = null,
        ruleId: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionUpdate = update(
        UpdateSubscriptionParams.builder().subscriptionId(subscriptionId).planIdentifier(planIdentifier)
            .chargePeriod(chargePeriod).features(features).ipAddress(ipAddress).trialEnd(trialEnd)
            .paymentBehavior(paymentBehavior).offeringId(offeringId).pricingTableId(pricingTableId).ruleId(ruleId)
            .build(),
        options,
    )

    /** [KelviqOperation.SUBSCRIPTIONS_CANCEL]. */
    public suspend fun cancel(
        params: CancelSubscriptionParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionCancellation = service.cancel(params, options)

    /** [KelviqOperation.SUBSCRIPTIONS_CANCEL], from named arguments: those of the params builder. */
    public suspend fun cancel(
        subscriptionId: String,
        cancellationType: CancellationType,
        cancellationDate: LocalDate? = null,
        cancellationFeedback: CancellationFeedback? = null,
        cancellationComment: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionCancellation = cancel(
        CancelSubscriptionParams.builder().subscriptionId(subscriptionId).cancellationType(cancellationType)
            .cancellationDate(cancellationDate).cancellationFeedback(cancellationFeedback)
            .cancellationComment(cancellationComment).build(),
        options,
    )

    /** [KelviqOperation.SUBSCRIPTIONS_LIST]. */
    public suspend fun list(
        params: ListSubscriptionsParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionPage = service.list(params, options)

    /** [KelviqOperation.SUBSCRIPTIONS_LIST], from named arguments: those of the params builder. */
    public suspend fun list(
        customerId: String? = null,
        status: List<String>? = null,
        page: Int? = null,
        pageSize: Int? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionPage = list(listParams(customerId, status, page, pageSize), options)

    /** [KelviqOperation.SUBSCRIPTIONS_LIST_ALL]. */
    public fun listAll(
        params: ListSubscriptionsParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Subscription> = service.listAll(params, options)

    /** [KelviqOperation.SUBSCRIPTIONS_LIST_ALL], from named arguments: those of the params builder. */
    public fun listAll(
        customerId: String? = null,
        status: List<String>? = null,
        pageSize: Int? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Subscription> = listAll(listParams(customerId, status, null, pageSize), options)

    /** [KelviqOperation.SUBSCRIPTIONS_RETRIEVE]. */
    public suspend fun retrieve(subscriptionId: String, options: RequestOptions = RequestOptions.DEFAULT): Subscription =
        service.retrieve(subscriptionId, options)

    /** [KelviqOperation.SUBSCRIPTIONS_CREATE]. */
    public suspend fun create(params: CreateSubscriptionParams, options: RequestOptions = RequestOptions.DEFAULT): Subscription =
        service.create(params, options)

    /** [KelviqOperation.SUBSCRIPTIONS_CREATE], from named arguments: those of the params builder. */
    public suspend fun create(
        planIdentifier: String,
        chargePeriod: ChargePeriod,
        customerId: String,
        successUrl: String? = null,
        features: List<FeatureQuantity>? = null,
        ipAddress: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Subscription = create(
        CreateSubscriptionParams.builder().planIdentifier(planIdentifier).chargePeriod(chargePeriod).customerId(customerId)
            .successUrl(successUrl).features(features).ipAddress(ipAddress).build(),
        options,
    )

    private fun listParams(customerId: String?, status: List<String>?, page: Int?, pageSize: Int?): ListSubscriptionsParams =
        ListSubscriptionsParams.builder().apply {
            customerId(customerId)
            status(status)
            page?.let { page(it) }
            pageSize?.let { pageSize(it) }
        }.build()
}
