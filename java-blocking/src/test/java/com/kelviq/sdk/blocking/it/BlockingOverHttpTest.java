package com.kelviq.sdk.blocking.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.EntitlementCacheConfig;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.blocking.AsyncPageCursor;
import com.kelviq.sdk.blocking.BlockingCustomersApi;
import com.kelviq.sdk.blocking.BlockingEntitlementsApi;
import com.kelviq.sdk.blocking.BlockingSubscriptionsApi;
import com.kelviq.sdk.blocking.KelviqAsyncClient;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.errors.KelviqValidationException;
import com.kelviq.sdk.errors.NotFoundException;
import com.kelviq.sdk.model.CancelSubscriptionParams;
import com.kelviq.sdk.model.CancellationType;
import com.kelviq.sdk.model.ChargePeriod;
import com.kelviq.sdk.model.CheckoutSession;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.CreateSubscriptionParams;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.CustomerEntitlements;
import com.kelviq.sdk.model.CustomerPage;
import com.kelviq.sdk.model.Entitlement;
import com.kelviq.sdk.model.EntitlementDetail;
import com.kelviq.sdk.model.ListCustomersParams;
import com.kelviq.sdk.model.ListSubscriptionsParams;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.Subscription;
import com.kelviq.sdk.model.UpdateCustomerParams;
import com.kelviq.sdk.model.UpdateSubscriptionParams;
import com.kelviq.sdk.model.UsageBehaviour;
import com.kelviq.sdk.testkit.KelviqTestServer;
import com.kelviq.sdk.testkit.RecordedRequest;
import com.kelviq.sdk.testkit.RequestMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the Java blocking flavour (and of its {@code async()} view) over real HTTP
 * against {@link KelviqTestServer}: customers, checkout, entitlements (with the has-access transition
 * at a hard limit), reporting (with event de-duplication), subscriptions, the background reporter and
 * the entitlement cache.
 */
class BlockingOverHttpTest {

    /** What a test does with a fresh server and a client over it. */
    interface ServerTest {
        void run(KelviqTestServer server, KelviqBlockingClient client) throws Exception;
    }

    /** Runs {@code test} with a fresh server and a client configured by {@code config} (cache off by default). */
    private static void withServer(Function<KelviqTestServer, KelviqConfig> config, ServerTest test) throws Exception {
        try (KelviqTestServer server = KelviqTestServer.start();
             KelviqBlockingClient client = KelviqBlockingClient.create(config.apply(server))) {
            test.run(server, client);
        }
    }

    private static void withServer(ServerTest test) throws Exception {
        withServer(KelviqTestServer::config, test);
    }

    private static RecordedRequest last(KelviqTestServer server) {
        RecordedRequest last = server.lastRequest();
        assertNotNull(last, "the server saw a request");
        return last;
    }

    @Test
    void customersOverHttp() throws Exception {
        withServer((server, client) -> {
            BlockingCustomersApi customers = client.customers();
            Customer created = customers.create(CreateCustomerParams.builder().customerId("c1").email("a@b.co").name("Ann").build());
            assertEquals("c1", created.getCustomerId());
            assertEquals("/api/v1/customers/", last(server).getPath());
            assertEquals("POST", last(server).getMethod());

            assertEquals("a@b.co", customers.retrieve("c1").getEmail());
            assertEquals("Ann Lee", customers.update(UpdateCustomerParams.builder().customerId("c1").name("Ann Lee").build()).getName());
            assertEquals("PATCH", last(server).getMethod());

            for (int i = 2; i <= 5; i++) {
                customers.create(CreateCustomerParams.builder().customerId("c" + i).build());
            }
            CustomerPage page = customers.list(ListCustomersParams.builder().page(1).pageSize(2).build());
            assertEquals(5, page.getCount());
            assertEquals(2, page.getResults().size());
            assertEquals(5, customers.list().getCount());

            server.clearRequests();
            Set<String> ids = customers.listAll(ListCustomersParams.builder().pageSize(2).build()).stream()
                .map(Customer::getCustomerId).collect(Collectors.toSet());
            assertEquals(Set.of("c1", "c2", "c3", "c4", "c5"), ids);
            assertEquals(3, server.requestCount(RequestMatcher.of("GET", "/api/v1/customers/")));
            int all = 0;
            for (Customer ignored : customers.listAll()) {
                all++;
            }
            assertEquals(5, all);

            customers.archive("c5");
            assertFalse(server.hasCustomer("c5"));
            NotFoundException gone = assertThrows(NotFoundException.class, () -> customers.retrieve("c5"));
            assertEquals(404, gone.getStatusCode());
        });
    }

    @Test
    void aCustomerIdWithASpaceIsOnePercentEncodedPathSegment() throws Exception {
        withServer((server, client) -> {
            client.customers().create(CreateCustomerParams.builder().customerId("a b").build());
            assertEquals("a b", client.customers().retrieve("a b").getCustomerId());
            assertEquals("/api/v1/customers/a%20b/", last(server).getPath());
        });
    }

    @Test
    void checkoutOverHttp() throws Exception {
        withServer((server, client) -> {
            CheckoutSession session = client.checkout().createSession(CreateCheckoutSessionParams.builder()
                .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://example.com/ok").build());
            assertFalse(session.getCheckoutSessionId().isEmpty());
            assertEquals(1, server.checkoutSessions().size());
            assertEquals("/api/v1/checkout/", last(server).getPath());
        });
    }

    @Test
    void hasAccessTurnsFalseAtAHardLimitAndTrueAgainAfterASet() throws Exception {
        withServer((server, client) -> {
            BlockingEntitlementsApi entitlements = client.entitlements();
            server.grant("c1", "api-calls", "METER", 3L, true);
            server.grant("c1", "sso");

            assertTrue(entitlements.hasAccess("c1", "api-calls"));
            assertEquals("/edge/api/v1/entitlements/", last(server).getPath());
            assertEquals("customer_id=c1&feature_id=api-calls", last(server).getQuery());
            assertEquals(3L, entitlements.getEntitlement("c1", "api-calls").orElseThrow().getRemaining());

            client.reporting().reportUsage(
                ReportUsageParams.builder().value(3).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.DELTA).build());
            assertFalse(entitlements.hasAccess("c1", "api-calls"));
            Entitlement exhausted = entitlements.getEntitlement("c1", "api-calls").orElseThrow();
            assertEquals(0L, exhausted.getRemaining());
            assertEquals(3L, exhausted.getCurrentUsage());
            assertFalse(exhausted.getHasAccess());

            client.reporting().reportUsage(
                ReportUsageParams.builder().value(1).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build());
            assertTrue(entitlements.hasAccess("c1", "api-calls"));
            assertEquals(1L, server.currentUsage("c1", "api-calls"));

            CustomerEntitlements all = entitlements.getAllEntitlements("c1");
            assertEquals(Set.of("api-calls", "sso"),
                all.getEntitlements().stream().map(EntitlementDetail::getFeatureId).collect(Collectors.toSet()));
            assertEquals(2L, all.get("api-calls").getRemaining());
            assertEquals("customer_id=c1", last(server).getQuery());
            assertTrue(entitlements.getEntitlement("c1", "absent").isEmpty());
            assertFalse(entitlements.hasAccess("c1", "absent"));
        });
    }

    @Test
    void anEventSentTwiceWithTheSameIdempotencyKeyIsCountedOnce() throws Exception {
        withServer((server, client) -> {
            server.addCustomer("c1");
            ReportEventParams event = ReportEventParams.builder().customerId("c1").eventName("login").idempotencyKey("key-1").build();
            assertEquals("key-1", client.reporting().reportEvent(event).getIdempotencyKey());
            assertEquals("key-1", client.reporting().reportEvent(event).getIdempotencyKey());
            assertEquals(2, server.requestCount(RequestMatcher.of("POST", "/api/v1/report/event/")));
            assertEquals(1, server.eventCount("c1", "login"));
        });
    }

    @Test
    void subscriptionsOverHttp() throws Exception {
        withServer((server, client) -> {
            BlockingSubscriptionsApi subs = client.subscriptions();
            server.addCustomer("c1").addCustomer("c2");
            Subscription sub = subs.create(CreateSubscriptionParams.builder()
                .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId("c1").build());
            assertEquals("active", sub.getStatus());
            subs.create(CreateSubscriptionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId("c2").build());
            server.addSubscription("c1", "plan-old", "MONTHLY", "past_due");

            List<Subscription> active = subs.list(ListSubscriptionsParams.builder().customerId("c1").status("active").build()).getResults();
            assertEquals(List.of(sub.getId()), active.stream().map(Subscription::getId).collect(Collectors.toList()));
            assertEquals("customer_id=c1&status=active", last(server).getQuery());
            assertEquals(3, subs.list().getCount());
            assertEquals(3, subs.listAll(ListSubscriptionsParams.builder().status("active", "past_due").pageSize(1).build()).stream().count());
            assertEquals(3, subs.listAll().stream().count());

            assertEquals("plan-pro", subs.retrieve(sub.getId()).getPlan().getIdentifier());
            assertEquals(sub.getId(), subs.update(UpdateSubscriptionParams.builder().subscriptionId(sub.getId())
                .planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY).build()).getSubscriptionId());
            assertEquals("plan-team", server.subscriptionPlan(sub.getId()));

            int before = server.requestCount();
            KelviqValidationException refused = assertThrows(KelviqValidationException.class, () -> subs.cancel(
                CancelSubscriptionParams.builder().subscriptionId(sub.getId()).cancellationType(CancellationType.SPECIFIC_DATE).build()));
            assertEquals("cancellationDate", refused.getField());
            assertEquals(before, server.requestCount(), "refused client-side: nothing sent");

            subs.cancel(CancelSubscriptionParams.builder().subscriptionId(sub.getId()).cancellationType(CancellationType.IMMEDIATE).build());
            assertEquals("canceled", subs.retrieve(sub.getId()).getStatus());
            assertThrows(NotFoundException.class, () -> subs.retrieve("no-such-subscription"));
        });
    }

    @Test
    void theBackgroundReporterDeliversFiftyEventsOnFlush() throws Exception {
        withServer((server, client) -> {
            server.addCustomer("c1");
            for (int i = 0; i < 50; i++) {
                assertTrue(client.reporting().enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("api_call").build()));
            }
            assertTrue(client.reporting().flush(Duration.ofSeconds(30)));
            assertEquals(50, server.eventCount("c1", "api_call"));
            assertEquals(50, client.reporting().stats().getSent());
            assertEquals(0, client.reporting().stats().getFailed());

            assertTrue(client.reporting().enqueueUsage(
                ReportUsageParams.builder().value(7).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build()));
            assertTrue(client.reporting().flush(Duration.ofSeconds(30)));
            assertEquals(1, server.usageReports().size());
            assertEquals(7L, server.usageReports().get(0).getValue());
        });
    }

    @Test
    void withTheCacheOnAHasAccessAfterAReportUsageSeesTheNewUsage() throws Exception {
        withServer(s -> s.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build(), (server, client) -> {
            server.grant("c1", "api-calls", "METER", 3L, true);
            RequestMatcher edge = RequestMatcher.edge();
            assertTrue(client.entitlements().hasAccess("c1", "api-calls"));
            assertTrue(client.entitlements().hasAccess("c1", "api-calls"));
            assertEquals(1, server.requestCount(edge), "the second check is answered by the cache");
            assertEquals("customer_id=c1", last(server).getQuery());

            client.reporting().reportUsage(
                ReportUsageParams.builder().value(3).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.DELTA).build());
            assertFalse(client.entitlements().hasAccess("c1", "api-calls"), "applied to the cached snapshot at once");
            assertEquals(1, server.requestCount(edge));

            server.revokeAll("c1");
            client.entitlements().invalidate("c1");
            assertTrue(client.entitlements().getEntitlement("c1", "api-calls").isEmpty());
            assertEquals(2, server.requestCount(edge));
            client.entitlements().invalidateAll();
            assertEquals(0, client.entitlements().getAllEntitlements("c1").getEntitlements().size());
            assertEquals(3, server.requestCount(edge));
        });
    }

    @Test
    void everyAsyncOperationOverHttp() throws Exception {
        withServer((server, client) -> {
            KelviqAsyncClient async = client.async();
            async.customers().create(CreateCustomerParams.builder().customerId("c1").build()).join();
            async.customers().create(CreateCustomerParams.builder().customerId("c2").build()).join();
            assertEquals("c1", async.customers().retrieve("c1").join().getCustomerId());
            assertEquals("Ann", async.customers().update(UpdateCustomerParams.builder().customerId("c1").name("Ann").build()).join().getName());
            assertEquals(2, async.customers().list().join().getCount());
            AsyncPageCursor<Customer> cursor = async.customers().listAll(ListCustomersParams.builder().pageSize(1).build());
            List<Customer> walked = new ArrayList<>();
            for (List<Customer> page = cursor.nextPage().join(); !page.isEmpty(); page = cursor.nextPage().join()) {
                walked.addAll(page);
            }
            assertEquals(2, walked.size());

            assertFalse(async.checkout().createSession(CreateCheckoutSessionParams.builder()
                .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://example.com/ok").build())
                .join().getCheckoutSessionId().isEmpty());

            server.grant("c1", "api-calls", "METER", 3L, true);
            assertTrue(async.entitlements().hasAccess("c1", "api-calls").join());
            async.reporting().reportUsage(
                ReportUsageParams.builder().value(3).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.DELTA).build()).join();
            assertFalse(async.entitlements().hasAccess("c1", "api-calls").join());
            assertEquals(0L, async.entitlements().getEntitlement("c1", "api-calls").join().orElseThrow().getRemaining());
            assertEquals(1, async.entitlements().getAllEntitlements("c1").join().getEntitlements().size());
            async.entitlements().invalidate("c1");
            async.entitlements().invalidateAll();

            ReportEventParams event = ReportEventParams.builder().customerId("c1").eventName("login").idempotencyKey("key-2").build();
            async.reporting().reportEvent(event).join();
            async.reporting().reportEvent(event).join();
            assertEquals(1, server.eventCount("c1", "login"));
            assertTrue(async.reporting().enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("bg").build()));
            assertTrue(async.reporting().enqueueUsage(
                ReportUsageParams.builder().value(1).customerId("c1").featureId("api-calls").behaviour(UsageBehaviour.SET).build()));
            assertTrue(async.reporting().flush(Duration.ofSeconds(30)).join());
            assertEquals(2, async.reporting().stats().getSent());
            assertEquals(1, server.eventCount("c1", "bg"));
            assertEquals(1L, server.currentUsage("c1", "api-calls"));

            Subscription sub = async.subscriptions().create(CreateSubscriptionParams.builder()
                .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId("c1").build()).join();
            assertEquals(1, async.subscriptions().list(ListSubscriptionsParams.builder().customerId("c1").status("active").build())
                .join().getCount());
            assertEquals(1, async.subscriptions().list().join().getCount());
            assertEquals(1, async.subscriptions().listAll().nextPage().join().size());
            async.subscriptions().update(UpdateSubscriptionParams.builder().subscriptionId(sub.getId())
                .planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY).build()).join();
            assertEquals("plan-team", async.subscriptions().retrieve(sub.getId()).join().getPlan().getIdentifier());
            async.subscriptions().cancel(CancelSubscriptionParams.builder().subscriptionId(sub.getId())
                .cancellationType(CancellationType.IMMEDIATE).build()).join();
            assertEquals("canceled", server.subscriptionStatus(sub.getId()));

            async.customers().archive("c2").join();
            CompletionException gone = assertThrows(CompletionException.class, () -> async.customers().retrieve("c2").join());
            assertTrue(gone.getCause() instanceof NotFoundException, String.valueOf(gone.getCause()));
        });
    }
}
