package com.kelviq.sdk.blocking.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.errors.InternalServerException;
import com.kelviq.sdk.model.Charge;
import com.kelviq.sdk.model.CreateChargeParams;
import com.kelviq.sdk.testkit.KelviqTestServer;
import com.kelviq.sdk.testkit.RequestMatcher;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The charges area of the blocking and async clients over real HTTP; a 5xx is never retried. */
class ChargesOverHttpTest {
    @Test
    void blockingAndAsyncChargeOnceEvenOnA5xx() {
        try (KelviqTestServer server = KelviqTestServer.start()) {
            server.addCustomer("c1");
            try (KelviqBlockingClient client = KelviqBlockingClient.create(server.configBuilder().maxRetries(3).build())) {
                CreateChargeParams params = CreateChargeParams.builder().planIdentifier("lifetime").customerId("c1").build();
                Charge charge = client.charges().create(params);
                assertEquals("ONE_TIME", charge.getBillingType());
                assertEquals("{\"planIdentifier\":\"lifetime\",\"chargePeriod\":\"ONE_TIME\",\"customerId\":\"c1\"}", server.lastRequest().getBody());

                RequestMatcher charges = RequestMatcher.pathPrefix("/api/v1/charges/");
                server.failNext(charges, 1, 502);
                CompletionException e = assertThrows(CompletionException.class, () -> client.async().charges().create(params).join());
                assertEquals(InternalServerException.class, e.getCause().getClass());
                assertEquals(2, server.requestCount(charges), "the failed charge was sent once");
            }
        }
    }
}
