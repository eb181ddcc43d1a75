package com.kelviq.sdk.blocking.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.blocking.AsyncPageCursor;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.CreateRefundParams;
import com.kelviq.sdk.model.ListRefundsParams;
import com.kelviq.sdk.model.Refund;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refunds area of the blocking and async clients over real HTTP, listAll lazy in both. */
class RefundsOverHttpTest {
    @Test
    void blockingAndAsyncRefundAndWalkThePages() {
        try (KelviqTestServer server = KelviqTestServer.start()) {
            server.addOrder("ORD-1", 5_000);
            try (KelviqBlockingClient client = KelviqBlockingClient.create(server.config())) {
                for (int i = 0; i < 7; i++) {
                    client.refunds().create(CreateRefundParams.builder().orderId("ORD-1").amountUnits(100).build());
                }
                Refund one = client.async().refunds().create(CreateRefundParams.builder().orderId("ORD-1").amountUnits(50).build()).join();
                assertEquals(one, client.refunds().retrieve(one.getId()));
                ListRefundsParams byThree = ListRefundsParams.builder().pageSize(3).build();
                List<Refund> all = new ArrayList<>();
                client.refunds().listAll(byThree).forEach(all::add);
                assertEquals(8, all.size());
                AsyncPageCursor<Refund> pages = client.async().refunds().listAll(byThree);
                int seen = 0;
                for (List<Refund> page = pages.nextPage().join(); !page.isEmpty(); page = pages.nextPage().join()) {
                    seen += page.size();
                }
                assertEquals(8, seen);
                assertTrue(server.lastRequest().getQuery().contains("page_size=3"));
            }
        }
    }
}
