package com.kelviq.sdk.benchmarks;

import com.kelviq.sdk.testkit.KelviqTestServer;

/**
 * The seeded testkit server every benchmark runs against: one customer with a metered feature
 * (well under its hard limit, so access is granted) and two boolean features.
 */
public final class BenchServer {
    /** The seeded customer. */
    public static final String CUSTOMER = "bench-customer";

    /** The metered feature checked by the entitlement benchmarks; access is granted. */
    public static final String FEATURE = "api-calls";

    private BenchServer() {
    }

    /** Starts a testkit server on 127.0.0.1 and seeds {@link #CUSTOMER}'s entitlements. */
    public static KelviqTestServer startSeeded() {
        KelviqTestServer server = KelviqTestServer.start();
        server.addCustomer(CUSTOMER, "Bench Customer", "bench@example.com");
        server.grant(CUSTOMER, FEATURE, "METER", 1_000_000_000L, true);
        server.grant(CUSTOMER, "sso");
        server.grant(CUSTOMER, "audit-log");
        return server;
    }
}
