package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.model.Charge
import com.kelviq.sdk.model.CreateChargeParams

/** The charges area ([KelviqOperation.CHARGES_CREATE]). */
public class ChargesService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [KelviqOperation.CHARGES_CREATE]. */
    public suspend fun create(params: CreateChargeParams, options: RequestOptions = RequestOptions.DEFAULT): Charge =
        transport.execute(Ops.create(params), options.over(defaults))

    internal object Ops {
        // Moves money: never repeated once the request may have been processed.
        fun create(params: CreateChargeParams) = Operation(
            KelviqOperation.CHARGES_CREATE,
            body = params.toJson(),
            decoder = Decoders.json(Charge.serializer()),
        )
    }
}
