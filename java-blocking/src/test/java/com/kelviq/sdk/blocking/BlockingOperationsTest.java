package com.kelviq.sdk.blocking;

import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.testing.CoreAccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.RequestOptions;

import com.kelviq.sdk.model.CustomerEntitlements;
import com.kelviq.sdk.model.Entitlement;
import com.kelviq.sdk.model.EventReport;
import com.kelviq.sdk.model.Subscription;
import com.kelviq.sdk.model.UsageReport;
import com.kelviq.sdk.testing.MockKelviq;
import com.kelviq.sdk.testing.WireFixture;
import com.kelviq.sdk.testing.WireFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every blocking operation sends exactly its shared wire fixture's request and returns the decoded model. */
class BlockingOperationsTest {
    private final MockKelviq mock = new MockKelviq();
    private final KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());
    /** Core's own CompletableFuture bridge, to compare decodings where the fixtures hold no expected model. */
    private final FuturesBridge core = CoreAccess.getFutures(mock.getCore());

    @AfterEach
    void close() {
        client.close();
    }

    /** Answers with the fixture, runs the call, checks the single request sent, returns the result. */
    private <I, R> R run(WireFixture<I> fixture, Function<I, R> call) {
        fixture.answerOn(mock);
        mock.getRequests().clear();
        R result = call.apply(fixture.input);
        assertEquals(1, mock.getRequests().size(), fixture.name + ": requests sent");
        fixture.assertSent(mock.getLast());
        return result;
    }

    @Test
    void customersCreate() {
        assertEquals(WireFixtures.EXPECTED_CUSTOMER, run(WireFixtures.createCustomer, p -> client.customers().create(p)));
    }

    @Test
    void customersRetrieve() {
        assertEquals(WireFixtures.EXPECTED_CUSTOMER, run(WireFixtures.retrieveCustomer, id -> client.customers().retrieve(id)));
    }

    @Test
    void customersUpdate() {
        assertEquals(WireFixtures.EXPECTED_CUSTOMER, run(WireFixtures.updateCustomer, p -> client.customers().update(p)));
    }

    @Test
    void customersList() {
        var page = run(WireFixtures.listCustomers, p -> client.customers().list(p));
        assertEquals(List.of(WireFixtures.EXPECTED_CUSTOMER), page.getResults());
        assertEquals(51, page.getCount());
        assertNull(page.getNext());
    }

    @Test
    void customersArchive() {
        assertEquals(WireFixtures.EXPECTED_ARCHIVE, run(WireFixtures.archiveCustomer, id -> client.customers().archive(id)));
    }

    @Test
    void checkoutCreateSession() {
        assertEquals(WireFixtures.EXPECTED_CHECKOUT,
            run(WireFixtures.createCheckoutSession, p -> client.checkout().createSession(p)));
    }

    @Test
    void entitlementsHasAccess() {
        boolean access = run(WireFixtures.hasAccess, in -> client.entitlements().hasAccess(in.getFirst(), in.getSecond()));
        assertTrue(access);
    }

    @Test
    void entitlementsGetEntitlement() {
        Optional<Entitlement> got = run(WireFixtures.getEntitlement,
            in -> client.entitlements().getEntitlement(in.getFirst(), in.getSecond()));
        assertTrue(got.isPresent());
        assertEquals(5L, got.get().getUsageLimit());
        assertEquals(core.getEntitlement("c1", "seats").join(), got.get());
    }

    @Test
    void entitlementsGetEntitlementAbsentIsEmpty() {
        mock.answer("{\"customerId\":\"c1\",\"entitlements\":[]}", 200, Map.of());
        assertFalse(client.entitlements().getEntitlement("c1", "seats").isPresent());
        assertFalse(client.entitlements().hasAccess("c1", "seats"));
    }

    @Test
    void entitlementsGetAll() {
        CustomerEntitlements all = run(WireFixtures.getAllEntitlements, id -> client.entitlements().getAllEntitlements(id));
        assertEquals(3, all.getEntitlements().size());
        assertEquals(core.getAllEntitlements("c1").join(), all);
    }

    @Test
    void reportingReportUsage() {
        UsageReport report = run(WireFixtures.reportUsage, p -> client.reporting().reportUsage(p));
        assertEquals("org_1", report.getOrgId());
        assertEquals(core.reportUsage(WireFixtures.reportUsage.input).join(), report);
    }

    @Test
    void reportingReportEvent() {
        EventReport report = run(WireFixtures.reportEvent, p -> client.reporting().reportEvent(p));
        assertEquals(Map.of("endpoint", "/search", "ms", 42L, "ok", true), report.getProperties());
        assertEquals(core.reportEvent(WireFixtures.reportEvent.input).join(), report);
    }

    @Test
    void subscriptionsUpdate() {
        assertEquals(WireFixtures.EXPECTED_SUBSCRIPTION_UPDATE,
            run(WireFixtures.updateSubscription, p -> client.subscriptions().update(p)));
    }

    @Test
    void subscriptionsCancel() {
        assertEquals(WireFixtures.EXPECTED_CANCELLATION,
            run(WireFixtures.cancelSubscription, p -> client.subscriptions().cancel(p)));
    }

    @Test
    void subscriptionsList() {
        var page = run(WireFixtures.listSubscriptions, p -> client.subscriptions().list(p));
        assertEquals(1, page.getResults().size());
        assertEquals("active", page.getResults().get(0).getStatus());
        assertEquals(core.listSubscriptions(WireFixtures.listSubscriptions.input).join(), page);
    }

    @Test
    void subscriptionsRetrieve() {
        Subscription sub = run(WireFixtures.retrieveSubscription, id -> client.subscriptions().retrieve(id));
        assertEquals("plan-pro", sub.getPlan().getIdentifier());
        assertEquals(core.retrieveSubscription(WireFixtures.retrieveSubscription.input).join(), sub);
    }

    @Test
    void subscriptionsCreate() {
        Subscription sub = run(WireFixtures.createSubscription, p -> client.subscriptions().create(p));
        assertEquals("49.00", sub.getAmount());
        assertEquals(core.createSubscription(WireFixtures.createSubscription.input).join(), sub);
    }

    @Test
    void requestOptionsOverloadsSendTheSameRequest() {
        RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(3)).maxRetries(0).build();
        assertEquals(WireFixtures.EXPECTED_CUSTOMER,
            run(WireFixtures.createCustomer, p -> client.customers().create(p, options)));
        assertEquals(WireFixtures.EXPECTED_CUSTOMER,
            run(WireFixtures.retrieveCustomer, id -> client.customers().retrieve(id, options)));
        boolean access = run(WireFixtures.hasAccess, in -> client.entitlements().hasAccess(in.getFirst(), in.getSecond(), options));
        assertTrue(access);
        assertEquals(WireFixtures.EXPECTED_CANCELLATION,
            run(WireFixtures.cancelSubscription, p -> client.subscriptions().cancel(p, options)));
        assertEquals(WireFixtures.EXPECTED_CHECKOUT,
            run(WireFixtures.createCheckoutSession, p -> client.checkout().createSession(p, options)));
    }

    @Test
    void listWithoutArgumentsAsksForTheFirstPage() {
        mock.answer("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}", 200, Map.of());
        assertEquals(0, client.customers().list().getCount());
        assertEquals(WireFixtures.API + "/customers/", mock.getLast().getUrl());
        assertEquals(0, client.subscriptions().list().getCount());
        assertEquals(WireFixtures.API + "/subscriptions/", mock.getLast().getUrl());
    }
}
