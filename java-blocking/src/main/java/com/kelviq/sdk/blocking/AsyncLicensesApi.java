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
import java.util.concurrent.CompletableFuture;

/**
 * The licenses area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncLicensesApi {
    private final FuturesBridge bridge;

    AsyncLicensesApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#LICENSES_ACTIVATE}. */
    public CompletableFuture<LicenseActivation> activate(ActivateLicenseParams params) {
        return activate(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#LICENSES_ACTIVATE}. */
    public CompletableFuture<LicenseActivation> activate(ActivateLicenseParams params, RequestOptions options) {
        return bridge.activateLicense(params, options);
    }

    /** {@link KelviqOperation#LICENSES_DEACTIVATE}. */
    public CompletableFuture<LicenseDeactivation> deactivate(DeactivateLicenseParams params) {
        return deactivate(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#LICENSES_DEACTIVATE}. */
    public CompletableFuture<LicenseDeactivation> deactivate(DeactivateLicenseParams params, RequestOptions options) {
        return bridge.deactivateLicense(params, options);
    }

    /** {@link KelviqOperation#LICENSES_VALIDATE}. */
    public CompletableFuture<LicenseValidation> validate(ValidateLicenseParams params) {
        return validate(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#LICENSES_VALIDATE}. */
    public CompletableFuture<LicenseValidation> validate(ValidateLicenseParams params, RequestOptions options) {
        return bridge.validateLicense(params, options);
    }
}
