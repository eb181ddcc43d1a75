package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.errors.KelviqValidationException;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.FeatureQuantity;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.testing.MockKelviq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A Java null where a value is required is refused as a validation error naming the field, before sending. */
class NullInputTest {

    private static void assertRefused(String field, MockKelviq mock, Executable call) {
        KelviqValidationException e = assertThrows(KelviqValidationException.class, call);
        assertEquals(field, e.getField());
        assertTrue(mock.getRequests().isEmpty(), "nothing was sent");
    }

    @Test
    void nullIdsAreValidationErrors() {
        try (MockKelviq mock = new MockKelviq()) {
            KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());
            assertRefused("customerId", mock, () -> client.customers().retrieve(null));
            assertRefused("customerId", mock, () -> client.customers().archive(null));
            assertRefused("customerId", mock, () -> client.entitlements().hasAccess(null, "seats"));
            assertRefused("featureId", mock, () -> client.entitlements().getEntitlement("c1", null));
            assertRefused("subscriptionId", mock, () -> client.subscriptions().retrieve(null));
            java.util.concurrent.CompletionException wrapped = assertThrows(java.util.concurrent.CompletionException.class,
                () -> client.async().customers().retrieve(null).join());
            assertEquals("customerId", ((KelviqValidationException) wrapped.getCause()).getField());
            assertTrue(mock.getRequests().isEmpty());
        }
    }

    @Test
    void nullRequiredParamsAreValidationErrors() {
        try (MockKelviq mock = new MockKelviq()) {
            assertRefused("customerId", mock, () -> CreateCustomerParams.builder().customerId(null).build());
            assertRefused("featureId", mock,
                () -> ReportUsageParams.builder().value(1).customerId("c1").featureId(null)
                .behaviour(com.kelviq.sdk.model.UsageBehaviour.SET).build());
            assertRefused("behaviour", mock,
                () -> ReportUsageParams.builder().value(1).customerId("c1").featureId("f").behaviour(null).build());
            assertRefused("features.identifier", mock, () -> new FeatureQuantity(null, 1));
        }
    }
}
