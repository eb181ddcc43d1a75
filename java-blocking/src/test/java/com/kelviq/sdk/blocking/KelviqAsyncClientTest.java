package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.errors.KelviqValidationException;
import com.kelviq.sdk.errors.NotFoundException;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.Entitlement;
import com.kelviq.sdk.testing.MockKelviq;
import com.kelviq.sdk.testing.WireFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** client.async(): the same operations as CompletableFutures. */
class KelviqAsyncClientTest {
    private final MockKelviq mock = new MockKelviq();
    private final KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());
    private final KelviqAsyncClient async = client.async();

    @AfterEach
    void close() {
        client.close();
    }

    /** The failure a future completed with, as a callback sees it. */
    private static Throwable failureOf(CompletableFuture<?> future) {
        return future.handle((value, error) -> error).join();
    }

    @Test
    void futuresCompleteWithTheModels() throws Exception {
        WireFixtures.createCustomer.answerOn(mock);
        assertEquals(WireFixtures.EXPECTED_CUSTOMER, async.customers().create(WireFixtures.createCustomer.input).get());
        WireFixtures.createCustomer.assertSent(mock.getLast());

        WireFixtures.createCheckoutSession.answerOn(mock);
        assertEquals(WireFixtures.EXPECTED_CHECKOUT, async.checkout().createSession(WireFixtures.createCheckoutSession.input).get());
        WireFixtures.createCheckoutSession.assertSent(mock.getLast());

        WireFixtures.hasAccess.answerOn(mock);
        assertEquals(true, async.entitlements().hasAccess("c1", "seats").get());
        WireFixtures.hasAccess.assertSent(mock.getLast());

        Optional<Entitlement> seats = async.entitlements().getEntitlement("c1", "seats").get();
        assertEquals(5L, seats.orElseThrow().getUsageLimit());
        assertEquals(3, async.entitlements().getAllEntitlements("c1").get().getEntitlements().size());

        WireFixtures.reportUsage.answerOn(mock);
        assertEquals("org_1", async.reporting().reportUsage(WireFixtures.reportUsage.input).get().getOrgId());
        WireFixtures.reportUsage.assertSent(mock.getLast());

        WireFixtures.cancelSubscription.answerOn(mock);
        assertEquals(WireFixtures.EXPECTED_CANCELLATION, async.subscriptions().cancel(WireFixtures.cancelSubscription.input).get());
        WireFixtures.cancelSubscription.assertSent(mock.getLast());
    }

    @Test
    void getEntitlementCompletesEmptyWhenAbsent() throws Exception {
        mock.answer("{\"customerId\":\"c1\",\"entitlements\":[]}", 200, Map.of());
        assertFalse(async.entitlements().getEntitlement("c1", "seats").get().isPresent());
    }

    @Test
    void failuresCarryTheKelviqException() {
        mock.answer("{\"detail\":\"Not found.\"}", 404, Map.of());
        CompletableFuture<Customer> customer = async.customers().retrieve("c1");
        ExecutionException e = assertThrows(ExecutionException.class, customer::get);
        assertInstanceOf(NotFoundException.class, e.getCause());
        assertInstanceOf(NotFoundException.class, failureOf(customer));
        // The Optional mapping must not wrap the failure either.
        assertInstanceOf(NotFoundException.class, failureOf(async.entitlements().getEntitlement("c1", "seats")));

        KelviqValidationException v =
            assertInstanceOf(KelviqValidationException.class, failureOf(async.subscriptions().retrieve(" ")));
        assertEquals("subscriptionId", v.getField());
    }

    @Test
    void cancellingTheOptionalFutureAbortsTheExchange() throws InterruptedException {
        mock.hang();
        CompletableFuture<Optional<Entitlement>> future = async.entitlements().getEntitlement("c1", "seats");
        assertTrue(mock.getHangStarted().await(30, TimeUnit.SECONDS));
        assertTrue(future.cancel(true));
        assertTrue(mock.getHangCancelled().await(30, TimeUnit.SECONDS), "the in-flight exchange was cancelled");
    }

    @Test
    void listAllIsAPageCursor() throws Exception {
        String page = "{\"count\":1,\"next\":null,\"previous\":null,\"results\":[" + WireFixtures.CUSTOMER_JSON + "]}";
        mock.answer(page, 200, Map.of());
        AsyncPageCursor<Customer> cursor = async.customers().listAll();
        assertTrue(mock.getRequests().isEmpty());
        assertEquals(List.of(WireFixtures.EXPECTED_CUSTOMER), cursor.nextPage().get());
        assertEquals(List.of(), cursor.nextPage().get());
        assertEquals(1, mock.getRequests().size());
    }
}
