package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.LicensesService
import com.kelviq.sdk.model.ActivateLicenseParams
import com.kelviq.sdk.model.DeactivateLicenseParams
import com.kelviq.sdk.model.LicenseActivation
import com.kelviq.sdk.model.LicenseDeactivation
import com.kelviq.sdk.model.LicenseValidation
import com.kelviq.sdk.model.ValidateLicenseParams

/**
 * The licenses area of [KelviqClient].
 *
 * ```kotlin
 * val instance = kelviq.licenses.activate(ActivateLicenseParams.builder().licenseKey(key).instanceName("laptop").build())
 * ```
 */
public class LicensesApi internal constructor(private val service: LicensesService) {
    /** [KelviqOperation.LICENSES_ACTIVATE]. */
    public suspend fun activate(params: ActivateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): LicenseActivation =
        service.activate(params, options)

    /** [KelviqOperation.LICENSES_DEACTIVATE]. */
    public suspend fun deactivate(params: DeactivateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): LicenseDeactivation =
        service.deactivate(params, options)

    /** [KelviqOperation.LICENSES_VALIDATE]. */
    public suspend fun validate(params: ValidateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): LicenseValidation =
        service.validate(params, options)
}
