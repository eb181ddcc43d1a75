package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CheckoutSessionDetails
import com.kelviq.sdk.model.CheckoutSessionEvent
import com.kelviq.sdk.model.CheckoutSessionEventPage
import com.kelviq.sdk.model.CheckoutSessionPage
import com.kelviq.sdk.model.ListCheckoutSessionsParams
import com.kelviq.sdk.model.ListEventsParams
import kotlinx.coroutines.flow.Flow
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.TaxBehavior
import com.kelviq.sdk.internal.service.CheckoutService
import java.math.BigDecimal

/**
 * The checkout area of [KelviqClient]: `createSession` and the session reads.
 *
 * ```kotlin
 * val session = kelviq.checkout.createSession(
 *     planIdentifier = "plan-pro",
 *     chargePeriod = ChargePeriod.MONTHLY,
 *     successUrl = "https://example.com/thanks",
 *     customerId = "c1",
 * )
 * redirect(session.checkoutUrl)
 * ```
 * Cancelling the calling coroutine aborts the HTTP exchange.
 */
public class CheckoutApi internal constructor(private val service: CheckoutService) {

    /** [KelviqOperation.CHECKOUT_CREATE_SESSION]. */
    public suspend fun createSession(
        params: CreateCheckoutSessionParams,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSession = service.createSession(params, options)

    /** [KelviqOperation.CHECKOUT_CREATE_SESSION], from named arguments: those of the params builder. */
    @Suppress("DEPRECATION")
    public suspend fun createSession(
        planIdentifier: String,
        chargePeriod: ChargePeriod,
        successUrl: String,
        customerId: String? = null,
        features: List<FeatureQuantity>? = null,
        ipAddress: String? = null,
        cancelUrl: String? = null,
        plansEnabled: String? = null,
        currencyCode: String? = null,
        customAmount: BigDecimal? = null,
        taxBehavior: TaxBehavior? = null,
        discountsEnabled: Boolean? = null,
        discountCode: String? = null,
        lockEmail: Boolean? = null,
        defaultBillingCountry: String? = null,
        metadata: Map<String, Any?>? = null,
        offeringId: String? = null,
        pricingTableId: String? = null,
        ruleId: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSession = createSession(
        CreateCheckoutSessionParams.builder()
            .planIdentifier(planIdentifier).chargePeriod(chargePeriod).successUrl(successUrl)
            .customerId(customerId).features(features).ipAddress(ipAddress).cancelUrl(cancelUrl)
            .plansEnabled(plansEnabled).currencyCode(currencyCode).customAmount(customAmount).taxBehavior(taxBehavior)
            .apply { discountsEnabled?.let { discountsEnabled(it) } }
            .discountCode(discountCode)
            .apply { lockEmail?.let { lockEmail(it) } }
            .defaultBillingCountry(defaultBillingCountry).metadata(metadata)
            .offeringId(offeringId).pricingTableId(pricingTableId).ruleId(ruleId)
            .build(),
        options,
    )

    /** [KelviqOperation.CHECKOUT_LIST_SESSIONS]. */
    public suspend fun listSessions(
        params: ListCheckoutSessionsParams = ListCheckoutSessionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSessionPage = service.listSessions(params, options)

    /** [KelviqOperation.CHECKOUT_LIST_ALL_SESSIONS]. */
    public fun listAllSessions(
        params: ListCheckoutSessionsParams = ListCheckoutSessionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<CheckoutSessionDetails> = service.listAllSessions(params, options)

    /** [KelviqOperation.CHECKOUT_RETRIEVE_SESSION]. */
    public suspend fun retrieveSession(sessionId: String, options: RequestOptions = RequestOptions.DEFAULT): CheckoutSessionDetails =
        service.retrieveSession(sessionId, options)

    /** [KelviqOperation.CHECKOUT_LIST_SESSION_EVENTS]. */
    public suspend fun listSessionEvents(
        sessionId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CheckoutSessionEventPage = service.listSessionEvents(sessionId, params, options)

    /** [KelviqOperation.CHECKOUT_LIST_ALL_SESSION_EVENTS]. */
    public fun listAllSessionEvents(
        sessionId: String,
        params: ListEventsParams = ListEventsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<CheckoutSessionEvent> = service.listAllSessionEvents(sessionId, params, options)
}
