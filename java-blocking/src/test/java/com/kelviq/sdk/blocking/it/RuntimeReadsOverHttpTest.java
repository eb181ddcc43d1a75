package com.kelviq.sdk.blocking.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kelviq.sdk.blocking.AsyncPageCursor;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.errors.KelviqValidationException;
import com.kelviq.sdk.model.ChargePeriod;
import com.kelviq.sdk.model.CheckoutSession;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;
import com.kelviq.sdk.model.CreateRefundParams;
import com.kelviq.sdk.model.ListEventsParams;
import com.kelviq.sdk.model.ListOrdersParams;
import com.kelviq.sdk.model.ListPaymentMethodsParams;
import com.kelviq.sdk.model.Order;
import com.kelviq.sdk.model.OrderEvent;
import com.kelviq.sdk.model.PaymentMethod;
import com.kelviq.sdk.model.ProductOffering;
import com.kelviq.sdk.model.ProductOfferingParams;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Orders, checkout-session reads, payment methods and offerings in the blocking and async clients over real HTTP. */
class RuntimeReadsOverHttpTest {
    private static final String PRODUCT = "5b3c1d2e-0000-4000-8000-00000000abcd";

    @Test
    void ordersAndTheirEventsInBothJavaFlavours() {
        try (KelviqTestServer server = KelviqTestServer.start()) {
            server.addOrder("ORD-1", 1_000, "USD", "c1").addOrder("ORD-2", 2_000, "EUR", "c2");
            try (KelviqBlockingClient client = KelviqBlockingClient.create(server.config())) {
                client.refunds().create(CreateRefundParams.builder().orderId("ORD-2").build());
                List<String> ids = client.orders().listAll(ListOrdersParams.builder().pageSize(1).build()).stream()
                    .map(Order::getId).collect(Collectors.toList());
                assertEquals(List.of("ORD-1", "ORD-2"), ids);
                assertEquals("REFUNDED", client.orders().retrieve("ORD-2").getStatus());
                assertEquals(2_000L, client.orders().retrieve("ORD-2").getRefundedTotalUnits());

                AsyncPageCursor<OrderEvent> cursor = client.async().orders().listAllEvents("ORD-2", ListEventsParams.builder().pageSize(2).build());
                List<String> codes = new ArrayList<>();
                for (List<OrderEvent> page = cursor.nextPage().join(); !page.isEmpty(); page = cursor.nextPage().join()) {
                    page.forEach(e -> codes.add(e.getCode()));
                }
                assertEquals(List.of("order.created", "order.completed", "order.refunded"), codes);

                int before = server.requestCount();
                CompletionException failed = assertThrows(CompletionException.class,
                    () -> client.async().orders().listAllEvents("").nextPage().join());
                assertEquals("orderId", ((KelviqValidationException) failed.getCause()).getField());
                assertEquals(before, server.requestCount());
            }
        }
    }

    @Test
    void checkoutSessionsPaymentMethodsAndOfferings() {
        try (KelviqTestServer server = KelviqTestServer.start()) {
            server.addCustomer("c1", "Ann", "ann@example.com").addPaymentMethod("c1", "amex", "0005").addOffering(PRODUCT, "basic", "pro");
            try (KelviqBlockingClient client = KelviqBlockingClient.create(server.config())) {
                CheckoutSession created = client.checkout().createSession(CreateCheckoutSessionParams.builder().planIdentifier("pro")
                    .chargePeriod(ChargePeriod.YEARLY).successUrl("https://example.com/ok").customerId("c1").build());
                assertEquals("open", client.checkout().retrieveSession(created.getCheckoutSessionId()).getStatus());
                assertNull(client.async().checkout().retrieveSession(created.getCheckoutSessionId()).join().getOrder());
                assertEquals(1, client.checkout().listAllSessions().stream().count());
                assertEquals("checkout_session.created",
                    client.checkout().listSessionEvents(created.getCheckoutSessionId()).getResults().get(0).getCode());

                List<PaymentMethod> methods = client.paymentMethods()
                    .listAll(ListPaymentMethodsParams.builder().customerId("c1").build()).stream().collect(Collectors.toList());
                assertEquals("0005", methods.get(0).getMethodData().get("last4"));
                assertEquals("Ann", methods.get(0).getCustomer().getName());
                assertEquals(1L, client.async().paymentMethods().list().join().getCount());

                ProductOffering offering = client.offerings().retrieve(PRODUCT, ProductOfferingParams.builder().plansEnabled("pro").build());
                assertEquals(List.of("pro"), offering.getPlans().stream().map(p -> p.getIdentifier()).collect(Collectors.toList()));
                assertEquals(2, client.async().offerings().retrieve(PRODUCT).join().getPlans().size());
                assertEquals("USD", offering.getCurrencyCode());
            }
        }
    }
}
