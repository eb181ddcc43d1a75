package com.kelviq.sdk.internal.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Checks
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.ProductOffering
import com.kelviq.sdk.model.ProductOfferingParams

/** The offerings area ([com.kelviq.sdk.KelviqOperation.OFFERINGS_RETRIEVE]): a read. */
public class OfferingsService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [com.kelviq.sdk.KelviqOperation.OFFERINGS_RETRIEVE]. */
    public suspend fun retrieve(
        productId: String,
        params: ProductOfferingParams = ProductOfferingParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): ProductOffering = transport.execute(Ops.retrieve(productId, params), options.over(defaults))

    internal object Ops {
        fun retrieve(productId: String, params: ProductOfferingParams) = Operation(
            name = "offerings.retrieve", method = Method.GET, host = Host.API,
            path = listOf("monetization", "product-offering", Checks.uuid("productId", productId)),
            query = params.toQuery(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(ProductOffering.serializer()),
        )
    }
}
