package com.kelviq.sdk.blocking.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.errors.PermissionDeniedException;
import com.kelviq.sdk.model.ActivateLicenseParams;
import com.kelviq.sdk.model.DeactivateLicenseParams;
import com.kelviq.sdk.model.LicenseActivation;
import com.kelviq.sdk.model.ValidateLicenseParams;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The licenses area of the blocking and async clients over real HTTP. */
class LicensesOverHttpTest {
    @Test
    void activateUpToTheLimitValidateAndRelease() {
        try (KelviqTestServer server = KelviqTestServer.start()) {
            server.addLicense("LIC-J", 1);
            try (KelviqBlockingClient client = KelviqBlockingClient.create(server.config())) {
                LicenseActivation one = client.licenses().activate(ActivateLicenseParams.builder().licenseKey("LIC-J").build());
                CompletionException full = assertThrows(CompletionException.class,
                    () -> client.async().licenses().activate(ActivateLicenseParams.builder().licenseKey("LIC-J").build()).join());
                assertEquals(PermissionDeniedException.class, full.getCause().getClass());
                assertTrue(client.licenses().validate(ValidateLicenseParams.builder().licenseKey("LIC-J").instanceId(one.getInstanceId()).build()).getValid());
                client.async().licenses().deactivate(DeactivateLicenseParams.builder().licenseKey("LIC-J").instanceId(one.getInstanceId()).build()).join();
                client.licenses().activate(ActivateLicenseParams.builder().licenseKey("LIC-J").build()); // the slot is free again
            }
        }
    }
}
