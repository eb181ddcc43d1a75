package com.kelviq.sdk.testkit;

import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.testing.CoreAccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.KelviqCore;
import com.kelviq.sdk.errors.BadRequestException;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.UsageBehaviour;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The test server's API as a Java user writes it. */
class KelviqTestServerJavaTest {

    @Test
    void seedsFaultsAndRecordsFromJava() throws Exception {
        try (KelviqTestServer server = KelviqTestServer.start();
             KelviqCore core = KelviqCore.create(server.config())) {
            server.addCustomer("c1")
                .grant("c1", "api-calls", "METER", 10L, true)
                .grant("c1", "sso", "BOOLEAN", null, false)
                .grant(EntitlementGrant.builder("c1", "seats").type("CUSTOMIZABLE").usageLimit(5).build());

            server.failNext(RequestMatcher.of("POST", "/api/v1/report/usage/"), 1, 503, Map.of("Retry-After", "0"));
            CoreAccess.getFutures(core).reportUsage(
                ReportUsageParams.builder().value(10).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build(),
                RequestOptions.DEFAULT
            ).get();
            assertEquals(10L, server.currentUsage("c1", "api-calls"));
            assertFalse(CoreAccess.getFutures(core).hasAccess("c1", "api-calls", RequestOptions.DEFAULT).get());
            assertTrue(CoreAccess.getFutures(core).hasAccess("c1", "sso", RequestOptions.DEFAULT).get());

            assertEquals(2, server.requestCount(RequestMatcher.pathPrefix("/api/v1/report/usage/")));
            assertEquals(2, server.requestCount(r -> r.isEdge()));
            RecordedRequest last = server.lastRequest();
            assertEquals("GET", last.getMethod());
            assertEquals("customer_id=c1&feature_id=sso", last.getQuery());
            assertEquals("Bearer " + server.getApiKey(), last.header("Authorization"));
        }
    }

    @Test
    void configBuilderAndDefaultsReadNaturally() throws Exception {
        try (KelviqTestServer server = KelviqTestServer.start("my-test-key")) {
            KelviqConfig config = server.configBuilder().maxRetries(0).timeout(Duration.ofSeconds(2)).build();
            assertEquals(server.getBaseUrl(), config.getBaseUrl());
            assertEquals(server.getBaseUrl() + "/edge", server.getEdgeUrl());
            try (KelviqCore core = KelviqCore.create(config)) {
                server.failNext(1, 500).dropNext(0).delayNext(1, Duration.ZERO).malformedNext(0);
                ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> CoreAccess.getFutures(core).createCustomer(CreateCustomerParams.builder().customerId("c1").build(), RequestOptions.DEFAULT).get());
                assertEquals(500, ((com.kelviq.sdk.errors.KelviqServiceException) failed.getCause()).getStatusCode());
                Customer created = CoreAccess.getFutures(core).createCustomer(CreateCustomerParams.builder().customerId("c1").build(), RequestOptions.DEFAULT).get();
                assertEquals("c1", created.getCustomerId());
                ExecutionException duplicate = assertThrows(ExecutionException.class,
                    () -> CoreAccess.getFutures(core).createCustomer(CreateCustomerParams.builder().customerId("c1").build(), RequestOptions.DEFAULT).get());
                assertTrue(duplicate.getCause() instanceof BadRequestException);
            }
            List<RecordedRequest> requests = server.requests();
            assertEquals(3, requests.size());
            assertEquals(0, server.pendingFaults());
            assertEquals(0, server.eventCount());
            assertNull(server.subscriptionStatus("nope"));
            String id = server.addSubscription("c1", "plan-pro");
            assertEquals("active", server.subscriptionStatus(id));
        }
    }
}
