package com.kelviq.sdk.blocking;

import com.kelviq.sdk.testing.CoreAccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.EntitlementCacheConfig;
import com.kelviq.sdk.Environment;
import com.kelviq.sdk.ReporterConfig;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.errors.KelviqValidationException;
import com.kelviq.sdk.testing.MockKelviq;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Building, describing and closing the client. */
class KelviqBlockingClientTest {
    private static final String KEY = MockKelviq.API_KEY;

    @Test
    void theBuilderPassesEverySetting() {
        try (KelviqBlockingClient client = KelviqBlockingClient.builder()
                .apiKey(KEY)
                .environment(Environment.SANDBOX)
                .edgeUrl("https://edge.example.com/")
                .apiVersion("v2")
                .timeout(Duration.ofSeconds(3))
                .connectTimeout(Duration.ofSeconds(2))
                .maxRetries(5)
                .allowInsecureHttp(true)
                .baseUrl("http://api.example.com")
                .callTimeout(Duration.ofSeconds(30))
                .entitlementCache(EntitlementCacheConfig.DISABLED)
                .reporter(ReporterConfig.builder().queueCapacity(7).build())
                .build()) {
            KelviqConfig config = client.config();
            assertEquals(KEY, config.getApiKey());
            assertEquals(Environment.SANDBOX, config.getEnvironment());
            assertEquals("http://api.example.com", config.getBaseUrl());
            assertEquals("https://edge.example.com", config.getEdgeUrl());
            assertEquals("v2", config.getApiVersion());
            assertEquals(Duration.ofSeconds(3), config.getTimeout());
            assertEquals(Duration.ofSeconds(2), config.getConnectTimeout());
            assertEquals(5, config.getMaxRetries());
            assertTrue(config.getAllowInsecureHttp());
            assertEquals(Duration.ofSeconds(30), config.getCallTimeout());
            assertEquals(EntitlementCacheConfig.DISABLED, config.getEntitlementCache());
            assertEquals(7, config.getReporter().getQueueCapacity());
        }
    }

    @Test
    void theBuilderRequiresAnApiKey() {
        KelviqValidationException e = assertThrows(KelviqValidationException.class, () -> KelviqBlockingClient.builder().build());
        assertEquals("apiKey", e.getField());
    }

    @Test
    void createFromConfigUsesThatConfig() {
        KelviqConfig config = KelviqConfig.builder().apiKey(KEY).environment(Environment.STAGING).build();
        try (KelviqBlockingClient client = KelviqBlockingClient.create(config)) {
            assertSame(config, client.config());
            assertSame(config, client.core().getConfig());
        }
    }

    @Test
    void noStringShowsTheApiKey() {
        KelviqBlockingClientBuilder builder = KelviqBlockingClient.builder().apiKey(KEY);
        assertFalse(builder.toString().contains(KEY));
        try (KelviqBlockingClient client = builder.build()) {
            assertFalse(client.toString().contains(KEY));
            assertTrue(client.toString().startsWith("KelviqBlockingClient("));
            assertFalse(client.async().toString().contains(KEY));
        }
    }

    @Test
    void createOverACoreSharesItAndCloseClosesIt() {
        MockKelviq mock = new MockKelviq();
        KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());
        assertSame(mock.getCore(), client.core());
        client.close();
        client.close(); // idempotent
        // The core itself is closed: its own futures now fail, and nothing is sent.
        assertNotNull(CoreAccess.getFutures(mock.getCore()).retrieveCustomer("c1").handle((v, e) -> e).join());
        assertTrue(mock.getRequests().isEmpty());
    }
}
