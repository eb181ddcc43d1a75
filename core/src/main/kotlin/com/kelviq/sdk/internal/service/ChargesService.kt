package com.kelviq.sdk.internal.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.Charge
import com.kelviq.sdk.model.CreateChargeParams

/** The charges area ([com.kelviq.sdk.KelviqOperation.CHARGES_CREATE]). */
public class ChargesService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [com.kelviq.sdk.KelviqOperation.CHARGES_CREATE]. */
    public suspend fun create(params: CreateChargeParams, options: RequestOptions = RequestOptions.DEFAULT): Charge =
        transport.execute(Ops.create(params), options.over(defaults))

    internal object Ops {
        // Moves money: never repeated once the request may have been processed.
        fun create(params: CreateChargeParams) = Operation(
            name = "charges.create", method = Method.POST, host = Host.API, path = listOf("charges"),
            body = params.toJson(), safety = RetrySafety.NON_IDEMPOTENT, decoder = Decoders.json(Charge.serializer()),
        )
    }
}
