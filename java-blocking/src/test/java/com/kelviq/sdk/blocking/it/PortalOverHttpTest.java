package com.kelviq.sdk.blocking.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.PortalSession;
import com.kelviq.sdk.testkit.KelviqTestServer;
import org.junit.jupiter.api.Test;

/** The portal area of the blocking and async clients over real HTTP. */
class PortalOverHttpTest {
    @Test
    void blockingAndAsyncCreateASessionWithASignedLink() {
        try (KelviqTestServer server = KelviqTestServer.start()) {
            server.addCustomer("c1", "Ann", "ann@example.com");
            try (KelviqBlockingClient client = KelviqBlockingClient.create(server.config())) {
                PortalSession session = client.portal().createSession("c1");
                assertEquals("{\"customerId\":\"c1\"}", server.lastRequest().getBody());
                assertTrue(session.signedUrl().startsWith(session.getCustomerPortalUrl() + "?token=cpt-"));
                PortalSession async = client.async().portal().createSession("c1").join();
                assertEquals("ann@example.com", async.getEmail());
                assertEquals(2, server.requestCount());
            }
        }
    }
}
