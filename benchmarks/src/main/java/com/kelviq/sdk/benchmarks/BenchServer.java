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

    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private BenchServer() {
    }

    /**
     * Starts a testkit server on 127.0.0.1 and seeds {@link #CUSTOMER}'s entitlements.
     *
     * <p>First turns on TCP_NODELAY for the JDK's HttpServer ({@code sun.net.httpserver.nodelay}, read
     * once when the first server is created; an explicit {@code -D} setting wins). Without it the
     * server writes a response's headers and body in two segments and Nagle's algorithm holds the
     * body until the client's delayed ACK (about 40 ms on Linux): every request would take 40 ms or
     * so and measure the TCP stack, not the clients.
     */
    public static KelviqTestServer startSeeded() {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        KelviqTestServer server = KelviqTestServer.start();
        seed(server);
        return server;
    }

    /** Adds the benchmark customer and its entitlements to {@code server} (again after a {@code reset()}). */
    public static void seed(KelviqTestServer server) {
        server.addCustomer(CUSTOMER, "Bench Customer", "bench@example.com");
        server.grant(CUSTOMER, FEATURE, "METER", 1_000_000_000L, true);
        server.grant(CUSTOMER, "sso");
        server.grant(CUSTOMER, "audit-log");
    }
}
