package com.kelviq.samples;

import com.kelviq.sdk.Environment;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.UUID;

/**
 * Where a walkthrough runs: the embedded {@link KelviqTestServer} (the default: no account, no
 * network), or the real Kelviq API when {@code KELVIQ_API_KEY} is set (sandbox unless
 * {@code KELVIQ_ENVIRONMENT} says otherwise).
 */
public final class SampleEnvironment implements AutoCloseable {
    /** The steps that need {@link #seedRuntimeData}, printed as skipped against the real API. */
    public static final java.util.List<String> SEEDED_STEPS = java.util.List.of("charges.create", "paymentMethods.list", "refunds.create",
        "orders.listEvents", "licenses.activate", "licenses.validate", "licenses.deactivate");

    /** The webhook secret of the walkthroughs' local endpoint, unless {@code KELVIQ_WEBHOOK_SECRET} gives one. */
    public static final String SAMPLE_WEBHOOK_SECRET = "kq_whsec_walkthrough_only_0123456789";

    private final KelviqConfig config;
    private final KelviqTestServer server;
    private final String description;

    private SampleEnvironment(KelviqConfig config, KelviqTestServer server, String description) {
        this.config = config;
        this.server = server;
        this.description = description;
    }

    /** The real API when {@code KELVIQ_API_KEY} is set, else the embedded test server. */
    public static SampleEnvironment fromProcessEnvironment() {
        String key = System.getenv("KELVIQ_API_KEY");
        if (key == null || key.isBlank()) {
            return embedded();
        }
        KelviqConfig.Builder builder = KelviqConfig.builderFromEnv();
        String environment = System.getenv("KELVIQ_ENVIRONMENT");
        if (environment == null || environment.isBlank()) {
            builder.environment(Environment.SANDBOX);
        }
        if (System.getenv("KELVIQ_WEBHOOK_SECRET") == null) {
            builder.webhookSecret(SAMPLE_WEBHOOK_SECRET); // the walkthrough signs its own deliveries to its local endpoint
        }
        KelviqConfig config = builder.build();
        return new SampleEnvironment(config, null,
            "the real Kelviq API (" + config.getEnvironment().name().toLowerCase() + ", " + config.getBaseUrl() + ")");
    }

    /** A fresh embedded test server on 127.0.0.1. */
    public static SampleEnvironment embedded() {
        KelviqTestServer server = KelviqTestServer.start();
        return new SampleEnvironment(server.configBuilder().webhookSecret(SAMPLE_WEBHOOK_SECRET).build(), server,
            "the embedded KelviqTestServer at " + server.getBaseUrl() + " (no account, no network)");
    }

    /** The configuration to build clients from. */
    public KelviqConfig config() {
        return config;
    }

    /** Whether this is the embedded test server. */
    public boolean isEmbedded() {
        return server != null;
    }

    /** A one-line description for the first line a walkthrough prints. */
    public String description() {
        return description;
    }

    /** A customer id for this run: fixed on the embedded server, unique against the real API. */
    public String customerId(String base) {
        return isEmbedded() ? base : base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Grants a metered feature with a hard limit on the embedded server (against the real API,
     * entitlements come from the customer's plan and nothing is seeded).
     */
    public void grantMeteredFeature(String customerId, String featureId, long limit) {
        if (server != null) {
            server.grant(customerId, featureId, "METER", limit, true);
        }
    }

    /**
     * Seeds what the runtime-API steps need on the embedded server: a paid order of {@code customerId} (50.00 USD,
     * {@code ORD-{customerId}}) for the refund, a license {@code LIC-{customerId}} with 2 activations, and a saved
     * card. Returns false against the real API, where these come from your account and the steps are skipped.
     */
    public boolean seedRuntimeData(String customerId) {
        if (server == null) {
            return false;
        }
        server.addOrder(orderId(customerId), 5_000, "USD", customerId)
            .addLicense(licenseKey(customerId), 2, customerId)
            .addPaymentMethod(customerId, "visa", "4242");
        return true;
    }

    /** The order {@link #seedRuntimeData} seeds for {@code customerId}. */
    public String orderId(String customerId) {
        return "ORD-" + customerId;
    }

    /** The license key {@link #seedRuntimeData} seeds for {@code customerId}. */
    public String licenseKey(String customerId) {
        return "LIC-" + customerId;
    }

    /** How many events the embedded server counted for a customer and event name, or -1 against the real API. */
    public int serverEventCount(String customerId, String eventName) {
        return server == null ? -1 : server.eventCount(customerId, eventName);
    }

    /**
     * The {@code kelviq.*} properties a Spring Boot application needs here: the embedded server's key and URLs, or,
     * against the real API, only the environment (the key comes from {@code KELVIQ_API_KEY} by Boot's relaxed binding).
     */
    public java.util.List<String> springBootProperties() {
        if (server != null) {
            return java.util.List.of("kelviq.api-key=" + server.getApiKey(), "kelviq.base-url=" + server.getBaseUrl(),
                "kelviq.edge-url=" + server.getEdgeUrl());
        }
        return java.util.List.of("kelviq.environment=" + config.getEnvironment().name());
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
