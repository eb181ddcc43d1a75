package com.kelviq.sdk.reactor

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.LicensesService
import com.kelviq.sdk.model.ActivateLicenseParams
import com.kelviq.sdk.model.DeactivateLicenseParams
import com.kelviq.sdk.model.LicenseActivation
import com.kelviq.sdk.model.LicenseDeactivation
import com.kelviq.sdk.model.LicenseValidation
import com.kelviq.sdk.model.ValidateLicenseParams
import com.kelviq.sdk.reactor.internal.coldMono
import reactor.core.publisher.Mono

/** The licenses area of [ReactorKelviqClient]. Each subscription to `activate` activates again: subscribe once. */
public class ReactorLicensesApi internal constructor(private val s: LicensesService) {
    /** [KelviqOperation.LICENSES_ACTIVATE]. */
    @JvmOverloads
    public fun activate(params: ActivateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<LicenseActivation> =
        coldMono { s.activate(params, options) }

    /** [KelviqOperation.LICENSES_DEACTIVATE]. */
    @JvmOverloads
    public fun deactivate(params: DeactivateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<LicenseDeactivation> =
        coldMono { s.deactivate(params, options) }

    /** [KelviqOperation.LICENSES_VALIDATE]. */
    @JvmOverloads
    public fun validate(params: ValidateLicenseParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<LicenseValidation> =
        coldMono { s.validate(params, options) }
}
