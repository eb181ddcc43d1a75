package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.EntitlementCacheConfig;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.RawResponse;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.errors.KelviqValidationException;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.testing.MockKelviq;
import com.kelviq.sdk.testing.WireFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code withOptions} and {@code withRawResponse} of the blocking and async clients, from Java. */
class ViewsAndRawResponsesTest {
    private static MockKelviq cachedMock() {
        KelviqConfig config = MockKelviq.Companion.testConfig(b -> {
            b.entitlementCache(EntitlementCacheConfig.DEFAULT);
            return kotlin.Unit.INSTANCE;
        });
        return new MockKelviq(config);
    }

    @Test
    void viewsSendTheirDefaultsAndRawResponsesCarryTheResponse() {
        try (MockKelviq mock = cachedMock()) {
            KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());
            KelviqBlockingClient view = client.withOptions(RequestOptions.builder().header("X-Trace", "j1").build());
            mock.answer(WireFixtures.CUSTOMER_JSON, 200, Map.of("X-Request-Id", "req_9"));

            RawResponse<Customer> raw = view.withRawResponse(c -> c.customers().retrieve("c1"));
            assertEquals(200, raw.getStatusCode());
            assertEquals("req_9", raw.getRequestId());
            assertEquals("c1", raw.getValue().getCustomerId());
            assertEquals("j1", last(mock).header("X-Trace"));
            client.customers().retrieve("c1");
            assertNull(last(mock).header("X-Trace"));

            RawResponse<Customer> async = client.async().withOptions(RequestOptions.builder().header("X-Trace", "a1").build())
                .withRawResponse(a -> a.customers().retrieve("c1")).join();
            assertEquals("req_9", async.getRequestId());
            assertEquals("a1", last(mock).header("X-Trace"));

            mock.answer(WireFixtures.ENTITLEMENTS_JSON, 200, Map.of());
            assertTrue(client.entitlements().hasAccess("c1", "seats"));
            RawResponse<Boolean> hit = client.withRawResponse(c -> c.entitlements().hasAccess("c1", "seats"));
            assertTrue(hit.getValue());
            assertNull(hit.getStatusCode(), "a cache hit made no exchange");
        }
    }

    @Test
    void headersTheSdkOwnsAreRefusedByName() {
        KelviqValidationException e = assertThrows(KelviqValidationException.class,
            () -> RequestOptions.builder().header("Authorization", "Bearer x").build());
        assertEquals("headers", e.getField());
        assertThrows(KelviqValidationException.class, () -> RequestOptions.builder().header("X-A", "a\r\nB: c").build());
        assertThrows(KelviqValidationException.class, () -> RequestOptions.builder().header("bad name", "v").build());
        assertEquals("RequestOptions(timeout=null, maxRetries=null, headers=[X-Secret])",
            RequestOptions.builder().header("X-Secret", "s3cr3t").build().toString());
    }

    private static com.kelviq.sdk.testing.RecordedRequest last(MockKelviq mock) {
        return mock.getRequests().get(mock.getRequests().size() - 1);
    }
}
