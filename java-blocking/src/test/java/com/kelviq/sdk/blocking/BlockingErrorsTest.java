package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.errors.KelviqException;
import com.kelviq.sdk.errors.KelviqValidationException;
import com.kelviq.sdk.errors.NotFoundException;
import com.kelviq.sdk.errors.RateLimitException;
import com.kelviq.sdk.testing.MockKelviq;
import com.kelviq.sdk.testing.WireFixtures;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failures surface as the SDK's own exceptions, never wrapped. */
class BlockingErrorsTest {
    private final MockKelviq mock = new MockKelviq();
    private final KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void notFoundIsThrownDirectly() {
        mock.answer("{\"detail\":\"Not found.\"}", 404, Map.of());
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.customers().retrieve("c1"));
        assertEquals(404, e.getStatusCode());
        assertEquals("GET", e.getRequestMethod());
        assertEquals(1, mock.getRequests().size());
        assertThrows(NotFoundException.class, () -> client.subscriptions().retrieve("sub_1"));
    }

    @Test
    void otherStatusesKeepTheirType() {
        mock.answer("{\"detail\":\"slow down\"}", 429, Map.of());
        assertThrows(RateLimitException.class, () -> client.entitlements().hasAccess("c1", "seats"));
    }

    @Test
    void validationFailsBeforeAnyRequest() {
        KelviqValidationException e = assertThrows(KelviqValidationException.class, () -> client.customers().retrieve(" "));
        assertEquals("customerId", e.getField());
        KelviqValidationException e2 =
            assertThrows(KelviqValidationException.class, () -> client.entitlements().getEntitlement("c1", ""));
        assertEquals("featureId", e2.getField());
        assertTrue(mock.getRequests().isEmpty());
    }

    @Test
    void aCallOnAClosedClientFailsWithAKelviqException() {
        WireFixtures.retrieveCustomer.answerOn(mock);
        client.close();
        KelviqException e = assertThrows(KelviqException.class, () -> client.customers().retrieve("c1"));
        assertFalse(e.getMessage().contains(MockKelviq.API_KEY));
    }
}
