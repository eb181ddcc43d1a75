package com.kelviq.sdk.blocking.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.blocking.KelviqAsyncClient;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.UsageBehaviour;
import com.kelviq.sdk.model.UsageReport;
import com.kelviq.sdk.testing.TolerantAnswersServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Answers the published OpenAPI allows, over real HTTP, read by the Java blocking and async flavours (issue 22). */
class TolerantAnswersTest {
    private static final ReportUsageParams DELTA =
        ReportUsageParams.builder().value(3).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.DELTA).build();

    @Test
    void blockingHasAccessFollowsTheOfficialRuleWhateverResetAtSays() {
        try (TolerantAnswersServer server = new TolerantAnswersServer(); KelviqBlockingClient kelviq = KelviqBlockingClient.create(server.config())) {
            assertFalse(kelviq.entitlements().hasAccess("c1", "soft"));
            assertTrue(kelviq.entitlements().hasAccess("c1", "unlimited"));
            assertEquals(TolerantAnswersServer.RESET_AT, kelviq.entitlements().getEntitlement("c1", "soft").get().getItems().get(0).getResetAtText());
        }
    }

    @Test
    void asyncHasAccessFollowsTheOfficialRuleWhateverResetAtSays() throws Exception {
        try (TolerantAnswersServer server = new TolerantAnswersServer(); KelviqBlockingClient kelviq = KelviqBlockingClient.create(server.config())) {
            KelviqAsyncClient async = kelviq.async();
            assertFalse(async.entitlements().hasAccess("c1", "soft").get(10, TimeUnit.SECONDS));
            assertTrue(async.entitlements().hasAccess("c1", "unlimited").get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void blockingDeltaAnsweredWithAnUnreadableTimestampIsReturnedAndCountedOnce() {
        try (TolerantAnswersServer server = new TolerantAnswersServer(); KelviqBlockingClient kelviq = KelviqBlockingClient.create(server.config())) {
            UsageReport report = kelviq.reporting().reportUsage(DELTA);
            assertEquals(3L, report.getValue());
            assertNull(report.getTimestamp());
            assertEquals("soon", report.getTimestampText());
            assertEquals(1, server.usageReportsReceived());
        }
    }

    @Test
    void asyncDeltaAnsweredWithAnUnreadableTimestampIsReturnedAndCountedOnce() throws Exception {
        try (TolerantAnswersServer server = new TolerantAnswersServer(); KelviqBlockingClient kelviq = KelviqBlockingClient.create(server.config())) {
            UsageReport report = kelviq.async().reporting().reportUsage(DELTA).get(10, TimeUnit.SECONDS);
            assertEquals("soon", report.getTimestampText());
            assertEquals(1, server.usageReportsReceived());
        }
    }

    @Test
    void blockingCustomerPageWithUnreadableDatesListsEveryCustomer() {
        try (TolerantAnswersServer server = new TolerantAnswersServer(); KelviqBlockingClient kelviq = KelviqBlockingClient.create(server.config())) {
            List<Customer> all = new ArrayList<>();
            kelviq.customers().listAll().forEach(all::add);
            assertEquals(2, all.size());
            assertEquals("yesterday", all.get(0).getCreatedOnText());
            assertNull(all.get(0).getCreatedOn());
        }
    }

    @Test
    void asyncCustomerPageWithUnreadableDatesListsEveryCustomer() throws Exception {
        try (TolerantAnswersServer server = new TolerantAnswersServer(); KelviqBlockingClient kelviq = KelviqBlockingClient.create(server.config())) {
            List<Customer> page = kelviq.async().customers().listAll().nextPage().get(10, TimeUnit.SECONDS);
            assertEquals(2, page.size());
            assertEquals("yesterday", page.get(0).getCreatedOnText());
        }
    }
}
