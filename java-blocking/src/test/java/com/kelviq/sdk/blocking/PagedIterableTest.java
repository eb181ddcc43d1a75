package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.errors.NotFoundException;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.ListCustomersParams;
import com.kelviq.sdk.model.ListSubscriptionsParams;
import com.kelviq.sdk.model.Subscription;
import com.kelviq.sdk.testing.MockKelviq;
import com.kelviq.sdk.testing.WireFixtures;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import kotlin.Triple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** listAll() is lazy: pages are fetched one at a time, only as items are consumed. */
class PagedIterableTest {
    private final MockKelviq mock = new MockKelviq();
    private final KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());

    /** Page {@code n} of 3, two customers each: c(2n-1), c(2n); {@code next} set except on the last. */
    private static String customerPage(int n) {
        String next = n < 3 ? "\"" + WireFixtures.API + "/customers/?page=" + (n + 1) + "\"" : "null";
        return "{\"count\":6,\"next\":" + next + ",\"previous\":null,\"results\":[" + customer(2 * n - 1) + "," + customer(2 * n) + "]}";
    }

    private static String customer(int i) {
        return WireFixtures.CUSTOMER_JSON.replace("\"customerId\":\"c1\"", "\"customerId\":\"c" + i + "\"");
    }

    @SuppressWarnings("unchecked")
    @BeforeEach
    void answerThreePages() {
        mock.answerInTurn(
            new Triple<>(200, customerPage(1), Map.of()),
            new Triple<>(200, customerPage(2), Map.of()),
            new Triple<>(200, customerPage(3), Map.of()));
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static List<String> ids(List<Customer> customers) {
        return customers.stream().map(Customer::getCustomerId).collect(Collectors.toList());
    }

    @Test
    void nothingIsRequestedBeforeIteration() {
        PagedIterable<Customer> all = client.customers().listAll();
        Iterator<Customer> iterator = all.iterator();
        all.stream();
        assertTrue(mock.getRequests().isEmpty());
        assertTrue(iterator.hasNext());
        assertEquals(1, mock.getRequests().size());
    }

    @Test
    void theFirstTwoItemsFetchOnePage() {
        Iterator<Customer> iterator = client.customers().listAll().iterator();
        assertEquals("c1", iterator.next().getCustomerId());
        assertEquals("c2", iterator.next().getCustomerId());
        assertEquals(1, mock.getRequests().size());
        assertEquals(WireFixtures.API + "/customers/?page=1", mock.getLast().getUrl());
    }

    @Test
    void streamLimitThreeFetchesTwoPages() {
        List<Customer> three = client.customers().listAll().stream().limit(3).collect(Collectors.toList());
        assertEquals(List.of("c1", "c2", "c3"), ids(three));
        assertEquals(2, mock.getRequests().size());
    }

    @Test
    void fullIterationFetchesEveryPageOnce() {
        List<Customer> seen = new ArrayList<>();
        for (Customer customer : client.customers().listAll()) {
            seen.add(customer);
        }
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5", "c6"), ids(seen));
        assertEquals(3, mock.getRequests().size());
        assertEquals(WireFixtures.API + "/customers/?page=3", mock.getLast().getUrl());
    }

    @Test
    void anExhaustedIteratorThrowsNoSuchElement() {
        Iterator<Customer> iterator = client.customers().listAll().iterator();
        for (int i = 0; i < 6; i++) {
            iterator.next();
        }
        assertFalse(iterator.hasNext());
        assertThrows(NoSuchElementException.class, iterator::next);
        assertEquals(3, mock.getRequests().size());
    }

    @Test
    void listParamsAreSentOnEveryPageAndOptionsAccepted() {
        ListCustomersParams params = ListCustomersParams.builder().pageSize(2).search("ann").build();
        assertEquals(6, client.customers().listAll(params, com.kelviq.sdk.RequestOptions.maxRetries(0)).stream().count());
        assertEquals(WireFixtures.API + "/customers/?page=3&page_size=2&search=ann", mock.getLast().getUrl());
    }

    @Test
    void aFailingPageThrowsTheKelviqExceptionItself() {
        mock.answer("{\"detail\":\"Not found.\"}", 404, Map.of());
        Iterator<Customer> iterator = client.customers().listAll().iterator();
        assertThrows(NotFoundException.class, iterator::hasNext);
    }

    @Test
    void subscriptionsListAllIsLazyToo() {
        String page = "{\"count\":1,\"next\":null,\"previous\":null,\"results\":[" + WireFixtures.SUBSCRIPTION_JSON + "]}";
        mock.answer(page, 200, Map.of());
        PagedIterable<Subscription> all = client.subscriptions().listAll(ListSubscriptionsParams.builder().customerId("c1").build());
        assertTrue(mock.getRequests().isEmpty());
        List<Subscription> subs = all.stream().collect(Collectors.toList());
        assertEquals(1, subs.size());
        assertEquals(1, mock.getRequests().size());
        assertEquals(WireFixtures.API + "/subscriptions/?customer_id=c1&page=1", mock.getLast().getUrl());
    }
}
