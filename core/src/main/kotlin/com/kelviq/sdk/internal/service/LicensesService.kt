package com.kelviq.sdk.internal.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.ActivateLicenseParams
import com.kelviq.sdk.model.DeactivateLicenseParams
import com.kelviq.sdk.model.LicenseActivation
import com.kelviq.sdk.model.LicenseDeactivation
import com.kelviq.sdk.model.LicenseValidation
import com.kelviq.sdk.model.ValidateLicenseParams

/** The licenses area ([com.kelviq.sdk.KelviqOperation.LICENSES_ACTIVATE] and the next two). */
public class LicensesService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [com.kelviq.sdk.KelviqOperation.LICENSES_ACTIVATE]. */
    public suspend fun activate(params: ActivateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): LicenseActivation =
        transport.execute(Ops.activate(params), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.LICENSES_DEACTIVATE]. */
    public suspend fun deactivate(params: DeactivateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): LicenseDeactivation =
        transport.execute(Ops.deactivate(params), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.LICENSES_VALIDATE]. */
    public suspend fun validate(params: ValidateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): LicenseValidation =
        transport.execute(Ops.validate(params), options.over(defaults))

    internal object Ops {
        // Each activation takes one of the license's activations: never repeated once possibly processed.
        fun activate(params: ActivateLicenseParams) = Operation(
            name = "licenses.activate", method = Method.POST, host = Host.API, path = listOf("license", "activate"),
            body = params.toJson(), safety = RetrySafety.NON_IDEMPOTENT, decoder = Decoders.json(LicenseActivation.serializer()),
        )

        fun deactivate(params: DeactivateLicenseParams) = Operation(
            name = "licenses.deactivate", method = Method.POST, host = Host.API, path = listOf("license", "deactivate"),
            body = params.toJson(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(LicenseDeactivation.serializer()),
        )

        fun validate(params: ValidateLicenseParams) = Operation(
            name = "licenses.validate", method = Method.POST, host = Host.API, path = listOf("license", "validate"),
            body = params.toJson(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(LicenseValidation.serializer()),
        )
    }
}
