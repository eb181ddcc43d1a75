package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.OfferingsService
import com.kelviq.sdk.model.ProductOffering
import com.kelviq.sdk.model.ProductOfferingParams

/**
 * The offerings area of [KelviqClient] (reads).
 *
 * ```kotlin
 * val offering = kelviq.offerings.retrieve(productId, ProductOfferingParams.builder().customerId("c1").plansEnabled("pro").build())
 * ```
 */
public class OfferingsApi internal constructor(private val service: OfferingsService) {
    /** [KelviqOperation.OFFERINGS_RETRIEVE]. */
    public suspend fun retrieve(
        productId: String,
        params: ProductOfferingParams = ProductOfferingParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): ProductOffering = service.retrieve(productId, params, options)
}
