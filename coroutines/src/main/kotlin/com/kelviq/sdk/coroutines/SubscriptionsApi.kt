package com.kelviq.sdk.coroutines

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
import com.kelviq.sdk.service.SubscriptionsService
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

    /** Changes a subscription's plan: `POST /subscriptions/{subscriptionId}/update/`. */
    public suspend fun update(
        params: UpdateSubscriptionParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionUpdate = service.update(params, options)

    /**
     * Changes a subscription's plan from named arguments: `POST /subscriptions/{subscriptionId}/update/`.
     *
     * @param trialEnd [TrialEnd.now] or [TrialEnd.at] a future instant, when the trial should end.
     * @param offeringId deprecated 1.x field, still accepted.
     * @param pricingTableId deprecated 1.x field, still accepted.
     * @param ruleId deprecated 1.x field, still accepted.
     */
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

    /** Cancels a subscription: `POST /subscriptions/{subscriptionId}/cancel/`. */
    public suspend fun cancel(
        params: CancelSubscriptionParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionCancellation = service.cancel(params, options)

    /**
     * Cancels a subscription from named arguments: `POST /subscriptions/{subscriptionId}/cancel/`.
     *
     * @param cancellationDate required exactly when [cancellationType] is [CancellationType.SPECIFIC_DATE].
     */
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

    /** One page of subscriptions: `GET /subscriptions/`. */
    public suspend fun list(
        params: ListSubscriptionsParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionPage = service.list(params, options)

    /**
     * One page of subscriptions from named arguments: `GET /subscriptions/?customer_id=&status=&page=&page_size=`.
     *
     * ```kotlin
     * kelviq.subscriptions.list(customerId = "c1", status = listOf("active", "trialing"))
     * ```
     */
    public suspend fun list(
        customerId: String? = null,
        status: List<String>? = null,
        page: Int? = null,
        pageSize: Int? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): SubscriptionPage = list(listParams(customerId, status, page, pageSize), options)

    /**
     * Every subscription matching [params], page after page, as a cold [Flow]; a page is fetched
     * only when the collector has consumed the previous one. [ListSubscriptionsParams.page] is ignored.
     * Cancelling the collector aborts the page request in flight.
     */
    public fun listAll(
        params: ListSubscriptionsParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Subscription> = service.listAll(params, options)

    /** Every subscription matching the named filters, as a cold [Flow] fetching pages on demand. */
    public fun listAll(
        customerId: String? = null,
        status: List<String>? = null,
        pageSize: Int? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Subscription> = listAll(listParams(customerId, status, null, pageSize), options)

    /**
     * Retrieves a subscription: `GET /subscriptions/{subscriptionId}/`.
     *
     * @throws com.kelviq.sdk.errors.NotFoundException when there is no such subscription.
     */
    public suspend fun retrieve(subscriptionId: String, options: RequestOptions = RequestOptions.DEFAULT): Subscription =
        service.retrieve(subscriptionId, options)

    /**
     * Creates a subscription: `POST /subscriptions/create/`. Retried only when the request surely
     * was not processed (a repeat could subscribe twice).
     */
    public suspend fun create(params: CreateSubscriptionParams, options: RequestOptions = RequestOptions.DEFAULT): Subscription =
        service.create(params, options)

    /**
     * Creates a subscription from named arguments: `POST /subscriptions/create/`.
     *
     * ```kotlin
     * kelviq.subscriptions.create(planIdentifier = "plan-free", chargePeriod = ChargePeriod.ONE_TIME, customerId = "c1")
     * ```
     */
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
