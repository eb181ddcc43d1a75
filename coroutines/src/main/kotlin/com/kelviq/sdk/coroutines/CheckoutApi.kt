package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.TaxBehavior
import com.kelviq.sdk.internal.service.CheckoutService
import java.math.BigDecimal

/**
 * The checkout area of [KelviqClient]: `createSession`.
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
}
