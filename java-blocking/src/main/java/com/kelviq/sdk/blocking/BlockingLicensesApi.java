package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.ActivateLicenseParams;
import com.kelviq.sdk.model.LicenseActivation;
import com.kelviq.sdk.model.LicenseDeactivation;
import com.kelviq.sdk.model.LicenseValidation;
import com.kelviq.sdk.model.DeactivateLicenseParams;
import com.kelviq.sdk.model.ValidateLicenseParams;

/**
 * The licenses area of {@link KelviqBlockingClient} as blocking calls; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class BlockingLicensesApi {
    private final FuturesBridge bridge;

    BlockingLicensesApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#LICENSES_ACTIVATE}. */
    public LicenseActivation activate(ActivateLicenseParams params) {
        return activate(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#LICENSES_ACTIVATE}. */
    public LicenseActivation activate(ActivateLicenseParams params, RequestOptions options) {
        return Futures.call(() -> bridge.activateLicense(params, options));
    }

    /** {@link KelviqOperation#LICENSES_DEACTIVATE}. */
    public LicenseDeactivation deactivate(DeactivateLicenseParams params) {
        return deactivate(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#LICENSES_DEACTIVATE}. */
    public LicenseDeactivation deactivate(DeactivateLicenseParams params, RequestOptions options) {
        return Futures.call(() -> bridge.deactivateLicense(params, options));
    }

    /** {@link KelviqOperation#LICENSES_VALIDATE}. */
    public LicenseValidation validate(ValidateLicenseParams params) {
        return validate(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#LICENSES_VALIDATE}. */
    public LicenseValidation validate(ValidateLicenseParams params, RequestOptions options) {
        return Futures.call(() -> bridge.validateLicense(params, options));
    }
}
