package com.kelviq.sdk.blocking.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.EntitlementCacheConfig;
import com.kelviq.sdk.blocking.KelviqAsyncClient;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.errors.KelviqClosedException;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** After {@code close()}, the blocking and async clients fail every call at once with KelviqClosedException. */
class ClosedClientTest {

    @Test
    void blockingAndAsyncCallsAfterCloseFailAtOnceWithoutARequest() {
        try (KelviqTestServer server = KelviqTestServer.start()) {
            server.addCustomer("c1").grant("c1", "sso", "BOOLEAN", null, true);
            KelviqBlockingClient client = KelviqBlockingClient.create(
                server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build());
            KelviqAsyncClient async = client.async();
            assertTrue(client.entitlements().hasAccess("c1", "sso"));
            client.close();
            client.close(); // idempotent
            int before = server.requests().size();

            List<Executable> blocking = List.of(
                () -> client.customers().retrieve("c1"),
                () -> client.entitlements().hasAccess("c1", "sso"), // a cache hit too
                () -> client.customers().listAll().iterator().hasNext());
            for (Executable call : blocking) {
                long started = System.nanoTime();
                KelviqClosedException e = assertThrows(KelviqClosedException.class, call);
                assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 50, "within 50 ms");
                assertTrue(e.getMessage().contains("closed"), e.getMessage());
            }
            List<Executable> futures = List.of(
                () -> async.customers().retrieve("c1").join(),
                () -> async.entitlements().hasAccess("c1", "sso").join(),
                () -> async.customers().listAll().nextPage().join());
            for (Executable call : futures) {
                long started = System.nanoTime();
                CompletionException e = assertThrows(CompletionException.class, call);
                assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 50, "within 50 ms");
                assertInstanceOf(KelviqClosedException.class, e.getCause());
            }
            assertEquals(before, server.requests().size());
        }
    }
}
