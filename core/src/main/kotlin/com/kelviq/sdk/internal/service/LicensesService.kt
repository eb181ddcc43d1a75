package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.model.ActivateLicenseParams
import com.kelviq.sdk.model.DeactivateLicenseParams
import com.kelviq.sdk.model.LicenseActivation
import com.kelviq.sdk.model.LicenseDeactivation
import com.kelviq.sdk.model.LicenseValidation
import com.kelviq.sdk.model.ValidateLicenseParams

/** The licenses area ([KelviqOperation.LICENSES_ACTIVATE] and the next two). */
public class LicensesService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [KelviqOperation.LICENSES_ACTIVATE]. */
    public suspend fun activate(params: ActivateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): LicenseActivation =
        transport.execute(Ops.activate(params), options.over(defaults))

    /** [KelviqOperation.LICENSES_DEACTIVATE]. */
    public suspend fun deactivate(params: DeactivateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): LicenseDeactivation =
        transport.execute(Ops.deactivate(params), options.over(defaults))

    /** [KelviqOperation.LICENSES_VALIDATE]. */
    public suspend fun validate(params: ValidateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): LicenseValidation =
        transport.execute(Ops.validate(params), options.over(defaults))

    internal object Ops {
        // Each activation takes one of the license's activations: never repeated once possibly processed.
        fun activate(params: ActivateLicenseParams) = Operation(
            KelviqOperation.LICENSES_ACTIVATE,
            body = params.toJson(),
            decoder = Decoders.json(LicenseActivation.serializer()),
        )

        fun deactivate(params: DeactivateLicenseParams) = Operation(
            KelviqOperation.LICENSES_DEACTIVATE,
            body = params.toJson(),
            decoder = Decoders.json(LicenseDeactivation.serializer()),
        )

        fun validate(params: ValidateLicenseParams) = Operation(
            KelviqOperation.LICENSES_VALIDATE,
            body = params.toJson(),
            decoder = Decoders.json(LicenseValidation.serializer()),
        )
    }
}
