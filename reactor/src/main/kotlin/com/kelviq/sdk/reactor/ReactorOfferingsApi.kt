package com.kelviq.sdk.reactor

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.OfferingsService
import com.kelviq.sdk.model.ProductOffering
import com.kelviq.sdk.model.ProductOfferingParams
import com.kelviq.sdk.reactor.internal.coldMono
import reactor.core.publisher.Mono

/** The product-offerings area of [ReactorKelviqClient] (reads). */
public class ReactorOfferingsApi internal constructor(private val s: OfferingsService) {
    /** [KelviqOperation.OFFERINGS_RETRIEVE]. */
    @JvmOverloads
    public fun retrieve(
        productId: String,
        params: ProductOfferingParams = ProductOfferingParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Mono<ProductOffering> = coldMono { s.retrieve(productId, params, options) }
}
