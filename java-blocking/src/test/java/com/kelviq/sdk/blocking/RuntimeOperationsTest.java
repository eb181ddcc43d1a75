package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kelviq.sdk.model.ActivateLicenseParams;
import com.kelviq.sdk.model.CreateChargeParams;
import com.kelviq.sdk.model.CreateRefundParams;
import com.kelviq.sdk.model.DeactivateLicenseParams;
import com.kelviq.sdk.model.ListCheckoutSessionsParams;
import com.kelviq.sdk.model.ListEventsParams;
import com.kelviq.sdk.model.ListOrdersParams;
import com.kelviq.sdk.model.ListPaymentMethodsParams;
import com.kelviq.sdk.model.ListRefundsParams;
import com.kelviq.sdk.model.ListTransactionsParams;
import com.kelviq.sdk.model.ProductOfferingParams;
import com.kelviq.sdk.model.ValidateLicenseParams;
import com.kelviq.sdk.testing.MockKelviq;
import com.kelviq.sdk.testing.RecordedRequest;
import com.kelviq.sdk.testing.RuntimeFixture;
import com.kelviq.sdk.testing.RuntimeWireFixtures;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kotlin.Pair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every runtime-API operation of the blocking and async clients sends its shared fixture's exact request and returns what core decodes. */
class RuntimeOperationsTest {
    private final MockKelviq mock = new MockKelviq();
    private final KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());
    private final KelviqAsyncClient async = client.async();
    private final Map<String, Function<Object, Object>> blocking = new HashMap<>();
    private final Map<String, Function<Object, CompletableFuture<?>>> futures = new HashMap<>();

    @SuppressWarnings("unchecked")
    private static <T> Pair<String, T> pair(Object input) {
        return (Pair<String, T>) input;
    }

    RuntimeOperationsTest() {
        blocking.put("portal.createSession", i -> client.portal().createSession((String) i));
        blocking.put("charges.create", i -> client.charges().create((CreateChargeParams) i));
        blocking.put("licenses.activate", i -> client.licenses().activate((ActivateLicenseParams) i));
        blocking.put("licenses.deactivate", i -> client.licenses().deactivate((DeactivateLicenseParams) i));
        blocking.put("licenses.validate", i -> client.licenses().validate((ValidateLicenseParams) i));
        blocking.put("refunds.create", i -> client.refunds().create((CreateRefundParams) i));
        blocking.put("refunds.list", i -> client.refunds().list((ListRefundsParams) i));
        blocking.put("refunds.retrieve", i -> client.refunds().retrieve((String) i));
        blocking.put("transactions.list", i -> client.transactions().list((ListTransactionsParams) i));
        blocking.put("checkout.listSessions", i -> client.checkout().listSessions((ListCheckoutSessionsParams) i));
        blocking.put("checkout.retrieveSession", i -> client.checkout().retrieveSession((String) i));
        blocking.put("checkout.listSessionEvents",
            i -> client.checkout().listSessionEvents(pair(i).getFirst(), RuntimeOperationsTest.<ListEventsParams>pair(i).getSecond()));
        blocking.put("offerings.retrieve",
            i -> client.offerings().retrieve(pair(i).getFirst(), RuntimeOperationsTest.<ProductOfferingParams>pair(i).getSecond()));
        blocking.put("paymentMethods.list", i -> client.paymentMethods().list((ListPaymentMethodsParams) i));
        blocking.put("orders.list", i -> client.orders().list((ListOrdersParams) i));
        blocking.put("orders.retrieve", i -> client.orders().retrieve((String) i));
        blocking.put("orders.listEvents",
            i -> client.orders().listEvents(pair(i).getFirst(), RuntimeOperationsTest.<ListEventsParams>pair(i).getSecond()));

        futures.put("portal.createSession", i -> async.portal().createSession((String) i));
        futures.put("charges.create", i -> async.charges().create((CreateChargeParams) i));
        futures.put("licenses.activate", i -> async.licenses().activate((ActivateLicenseParams) i));
        futures.put("licenses.deactivate", i -> async.licenses().deactivate((DeactivateLicenseParams) i));
        futures.put("licenses.validate", i -> async.licenses().validate((ValidateLicenseParams) i));
        futures.put("refunds.create", i -> async.refunds().create((CreateRefundParams) i));
        futures.put("refunds.list", i -> async.refunds().list((ListRefundsParams) i));
        futures.put("refunds.retrieve", i -> async.refunds().retrieve((String) i));
        futures.put("transactions.list", i -> async.transactions().list((ListTransactionsParams) i));
        futures.put("checkout.listSessions", i -> async.checkout().listSessions((ListCheckoutSessionsParams) i));
        futures.put("checkout.retrieveSession", i -> async.checkout().retrieveSession((String) i));
        futures.put("checkout.listSessionEvents",
            i -> async.checkout().listSessionEvents(pair(i).getFirst(), RuntimeOperationsTest.<ListEventsParams>pair(i).getSecond()));
        futures.put("offerings.retrieve",
            i -> async.offerings().retrieve(pair(i).getFirst(), RuntimeOperationsTest.<ProductOfferingParams>pair(i).getSecond()));
        futures.put("paymentMethods.list", i -> async.paymentMethods().list((ListPaymentMethodsParams) i));
        futures.put("orders.list", i -> async.orders().list((ListOrdersParams) i));
        futures.put("orders.retrieve", i -> async.orders().retrieve((String) i));
        futures.put("orders.listEvents",
            i -> async.orders().listEvents(pair(i).getFirst(), RuntimeOperationsTest.<ListEventsParams>pair(i).getSecond()));
    }

    @AfterEach
    void close() {
        client.close();
    }

    static Stream<RuntimeFixture<?>> fixtures() {
        return RuntimeWireFixtures.all().stream();
    }

    @Test
    void everyRuntimeFixtureIsRunInBothFlavours() {
        var names = RuntimeWireFixtures.all().stream().map(RuntimeFixture::getName).collect(Collectors.toSet());
        assertEquals(names, blocking.keySet());
        assertEquals(names, futures.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sendsTheFixtureAndDecodesAsCore(RuntimeFixture<?> fixture) {
        fixture.wire.answerOn(mock);
        Object expected = fixture.callCoreBlocking(mock.getCore());
        RecordedRequest viaCore = mock.getLast();
        fixture.wire.assertSent(viaCore);

        mock.getRequests().clear();
        assertEquals(expected, blocking.get(fixture.getName()).apply(fixture.wire.input));
        assertEquals(1, mock.getRequests().size(), "blocking requests sent");
        assertEquals(viaCore, mock.getLast());

        mock.getRequests().clear();
        assertEquals(expected, futures.get(fixture.getName()).apply(fixture.wire.input).join());
        assertEquals(1, mock.getRequests().size(), "async requests sent");
        assertEquals(viaCore, mock.getLast());
    }
}
