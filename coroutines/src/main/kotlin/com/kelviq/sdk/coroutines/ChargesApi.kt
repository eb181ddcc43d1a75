package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.ChargesService
import com.kelviq.sdk.model.Charge
import com.kelviq.sdk.model.CreateChargeParams
import com.kelviq.sdk.model.FeatureQuantity

/**
 * The one-time charges area of [KelviqClient].
 *
 * ```kotlin
 * val charge = kelviq.charges.create(planIdentifier = "lifetime", customerId = "c1")
 * ```
 */
public class ChargesApi internal constructor(private val service: ChargesService) {
    /** [KelviqOperation.CHARGES_CREATE]. */
    public suspend fun create(params: CreateChargeParams, options: RequestOptions = RequestOptions.DEFAULT): Charge =
        service.create(params, options)

    /** [KelviqOperation.CHARGES_CREATE], from named arguments: those of the params builder. */
    public suspend fun create(
        planIdentifier: String,
        customerId: String,
        features: List<FeatureQuantity>? = null,
        currencyCode: String? = null,
        ipAddress: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Charge = create(
        CreateChargeParams.builder().planIdentifier(planIdentifier).customerId(customerId).features(features)
            .currencyCode(currencyCode).ipAddress(ipAddress).build(),
        options,
    )
}
