package com.kelviq.sdk.reactor

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.ChargesService
import com.kelviq.sdk.model.Charge
import com.kelviq.sdk.model.CreateChargeParams
import com.kelviq.sdk.reactor.internal.coldMono
import reactor.core.publisher.Mono

/** The one-time charges area of [ReactorKelviqClient]. Each subscription charges again: subscribe once. */
public class ReactorChargesApi internal constructor(private val s: ChargesService) {
    /** [KelviqOperation.CHARGES_CREATE]. */
    @JvmOverloads
    public fun create(params: CreateChargeParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<Charge> =
        coldMono { s.create(params, options) }
}
