package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.ReporterStats;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.testing.MockKelviq;
import com.kelviq.sdk.testing.WireFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The entitlement cache and the background reporter, as a Java caller of the blocking client sees them. */
class BlockingCacheAndReporterTest {

    private static KelviqConfig cachedConfig() {
        // The entitlement cache is on by default.
        return KelviqConfig.builder().apiKey(MockKelviq.API_KEY).maxRetries(0).build();
    }

    @Test
    void aCachedCheckSendsNoSecondRequestUntilInvalidated() {
        try (MockKelviq mock = new MockKelviq(cachedConfig())) {
            WireFixtures.getAllEntitlements.answerOn(mock);
            KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());

            assertTrue(client.entitlements().hasAccess("c1", "seats"));
            assertTrue(client.entitlements().hasAccess("c1", "sso"));
            assertFalse(client.entitlements().hasAccess("c1", "absent"));
            assertEquals(1, mock.getRequests().size(), "one snapshot answers every feature of the customer");
            assertEquals(WireFixtures.EDGE + "/entitlements/?customer_id=c1", mock.getLast().getUrl());

            client.entitlements().invalidate("c1");
            assertTrue(client.entitlements().hasAccess("c1", "seats"));
            assertEquals(2, mock.getRequests().size(), "invalidate makes the next check ask the server");

            client.entitlements().invalidateAll();
            assertTrue(client.async().entitlements().hasAccess("c1", "seats").join());
            assertEquals(3, mock.getRequests().size());
        }
    }

    @Test
    void enqueuedEventsAreDeliveredByFlush() {
        try (MockKelviq mock = new MockKelviq(cachedConfig())) {
            WireFixtures.reportEvent.answerOn(mock);
            KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());

            for (int i = 0; i < 3; i++) {
                assertTrue(client.reporting().enqueueEvent(
                    ReportEventParams.builder().customerId("c1").eventName("api_call").build()));
            }
            assertTrue(client.reporting().flush(Duration.ofSeconds(10)));

            assertEquals(3, mock.getRequests().size());
            mock.getRequests().forEach(r -> assertEquals(WireFixtures.API + "/report/event/", r.getUrl()));
            ReporterStats stats = client.reporting().stats();
            assertEquals(3, stats.getEnqueued());
            assertEquals(3, stats.getSent());
            assertEquals(0, stats.getFailed());
            assertEquals(0, stats.getQueueDepth());
        }
    }
}
