package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.Environment;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.errors.KelviqValidationException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The configuration rules as a Java caller meets them: every invalid or null setting refused by name. */
class ConfigRulesTest {
    private static KelviqConfig.Builder valid() {
        return KelviqConfig.builder().apiKey("sk_test_0123456789");
    }

    private static KelviqValidationException refused(String field, Supplier<?> build) {
        KelviqValidationException e = assertThrows(KelviqValidationException.class, build::get);
        assertEquals(field, e.getField(), e.getMessage());
        return e;
    }

    @Test
    void nullSettingsAreRefusedByName() {
        refused("environment", () -> valid().environment(null).build());
        refused("timeout", () -> valid().timeout(null).build());
        refused("connectTimeout", () -> valid().connectTimeout(null).build());
        refused("callTimeout", () -> valid().callTimeout(null).build());
        refused("apiVersion", () -> valid().apiVersion(null).build());
        refused("entitlementCache", () -> valid().entitlementCache(null).build());
        refused("reporter", () -> valid().reporter(null).build());
        refused("connection", () -> valid().connection(null).build());
        refused("apiKey", () -> KelviqConfig.builder().build());
        refused("environment", () -> KelviqBlockingClient.builder().apiKey("sk_test_0123456789").environment(null).build());
    }

    @Test
    void oneBaseUrlOverriddenAloneIsRefusedNamingTheOther() {
        KelviqValidationException edge = refused("edgeUrl", () -> valid().baseUrl("https://kelviq.internal.example").build());
        assertTrue(edge.getMessage().contains("https://edge.api.kelviq.com"), edge.getMessage());
        refused("baseUrl", () -> valid().edgeUrl("https://edge.internal.example").build());
        KelviqConfig both = valid().baseUrl("https://kelviq.internal.example").edgeUrl("https://edge.internal.example").build();
        assertEquals("https://edge.internal.example", both.getEdgeUrl());
    }

    @Test
    void aKnownHostImpliesItsPair() {
        KelviqConfig legacy = valid().baseUrl("https://api.paritydeals.com/").build();
        assertEquals("https://api.paritydeals.com", legacy.getBaseUrl());
        assertEquals("https://edge.api.paritydeals.com", legacy.getEdgeUrl());
        KelviqConfig sandboxEdge = valid().edgeUrl("https://edge.sandboxapi.kelviq.com").build();
        assertEquals("https://sandboxapi.kelviq.com", sandboxEdge.getBaseUrl());
        KelviqConfig switched = legacy.toBuilder().build().toBuilder().environment(Environment.SANDBOX).baseUrl(null).edgeUrl(null).build();
        assertEquals("https://edge.sandboxapi.kelviq.com", switched.getEdgeUrl());
        KelviqConfig envOnly = valid().build().toBuilder().environment(Environment.SANDBOX).build();
        assertEquals("https://sandboxapi.kelviq.com", envOnly.getBaseUrl(), "a copy carries no host of the old environment");
    }

    @Test
    void fromEnvNamesTheVariable() {
        KelviqValidationException missing = refused("apiKey", () -> KelviqConfig.fromEnv(Map.of()));
        assertTrue(missing.getMessage().contains("KELVIQ_API_KEY"), missing.getMessage());
        KelviqValidationException badTimeout =
            refused("timeout", () -> KelviqConfig.fromEnv(Map.of("KELVIQ_API_KEY", "sk_test_0123456789", "KELVIQ_TIMEOUT", "soon")));
        assertTrue(badTimeout.getMessage().contains("KELVIQ_TIMEOUT"), badTimeout.getMessage());
        KelviqValidationException zero =
            refused("timeout", () -> KelviqConfig.fromEnv(Map.of("KELVIQ_API_KEY", "sk_test_0123456789", "KELVIQ_TIMEOUT", "0")));
        assertTrue(zero.getMessage().contains("KELVIQ_TIMEOUT"), zero.getMessage());
        refused("maxRetries", () -> KelviqConfig.fromEnv(Map.of("KELVIQ_API_KEY", "sk_test_0123456789", "KELVIQ_MAX_RETRIES", "-1")));
        refused("environment", () -> KelviqConfig.fromEnv(Map.of("KELVIQ_API_KEY", "sk_test_0123456789", "KELVIQ_ENVIRONMENT", "moon")));
        refused("edgeUrl", () -> KelviqConfig.fromEnv(Map.of("KELVIQ_API_KEY", "sk_test_0123456789", "KELVIQ_BASE_URL", "https://x.example")));

        KelviqConfig config = KelviqConfig.fromEnv(Map.of(
            "KELVIQ_API_KEY", "sk_test_0123456789", "KELVIQ_ENVIRONMENT", "Sandbox", "KELVIQ_TIMEOUT", "2.5s",
            "KELVIQ_CONNECT_TIMEOUT", "500ms", "KELVIQ_CALL_TIMEOUT", "PT1M", "KELVIQ_MAX_RETRIES", "4"));
        assertEquals(Environment.SANDBOX, config.getEnvironment());
        assertEquals(Duration.ofMillis(2500), config.getTimeout());
        assertEquals(Duration.ofMillis(500), config.getConnectTimeout());
        assertEquals(Duration.ofMinutes(1), config.getCallTimeout());
        assertEquals(4, config.getMaxRetries());
    }
}
