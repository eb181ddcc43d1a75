package com.kelviq.sdk.blocking.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.CreateRefundParams;
import com.kelviq.sdk.model.ListTransactionsParams;
import com.kelviq.sdk.model.Transaction;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The transactions area of the blocking and async clients over real HTTP. */
class TransactionsOverHttpTest {
    @Test
    void refundsShowUpAsTransactionsInBothJavaFlavours() {
        try (KelviqTestServer server = KelviqTestServer.start()) {
            server.addOrder("ORD-9", 1_000);
            try (KelviqBlockingClient client = KelviqBlockingClient.create(server.config())) {
                client.refunds().create(CreateRefundParams.builder().orderId("ORD-9").amountUnits(100).build());
                client.refunds().create(CreateRefundParams.builder().orderId("ORD-9").amountUnits(200).build());
                List<String> types = client.transactions().listAll(ListTransactionsParams.builder().pageSize(1).build()).stream()
                    .map(Transaction::getTransactionType).collect(Collectors.toList());
                assertEquals(List.of("REFUND", "REFUND"), types);
                assertEquals(2L, client.async().transactions().list().join().getCount());
            }
        }
    }
}
