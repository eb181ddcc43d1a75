package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.model.ProductOffering
import com.kelviq.sdk.model.ProductOfferingParams

/** The offerings area ([KelviqOperation.OFFERINGS_RETRIEVE]): a read. */
public class OfferingsService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [KelviqOperation.OFFERINGS_RETRIEVE]. */
    public suspend fun retrieve(
        productId: String,
        params: ProductOfferingParams = ProductOfferingParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): ProductOffering = transport.execute(Ops.retrieve(productId, params), options.over(defaults))

    internal object Ops {
        fun retrieve(productId: String, params: ProductOfferingParams) = Operation(
            KelviqOperation.OFFERINGS_RETRIEVE,
            pathArgs = listOf(Checks.uuid("productId", productId)),
            query = params.toQuery(),
            decoder = Decoders.json(ProductOffering.serializer()),
        )
    }
}
