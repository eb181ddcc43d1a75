package com.kelviq.sdk.benchmarks;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The transport per call, side by side in one run: an uncached {@code hasAccess} GET and a {@code reportEvent}
 * POST through {@link KelviqBlockingClient} on each {@code engine}, next to the hand-written JDK
 * {@code HttpClient} GET ({@link JdkEntitlementClient}) and POST ({@link JdkEventClient}) baselines, against one
 * testkit server in this JVM. Targets (issue "Transport"): SDK on the default engine at least 90 % of the
 * baseline, for the GET and for the POST. Run with {@code -t 1} (one caller) or {@code -t 16} (16 callers).
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TransportBenchmark {
    @Param({"JAVA", "CIO", "KTOR_JAVA"})
    public String engine;

    KelviqTestServer server;
    KelviqBlockingClient sdk;
    JdkEntitlementClient jdkGet;
    JdkEventClient jdkPost;

    /** Starts and seeds the server, builds the clients, and warms one connection each. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        server = BenchServer.startSeeded();
        sdk = Engines.client(server, engine);
        jdkGet = new JdkEntitlementClient(server.getEdgeUrl(), server.getApiKey());
        jdkPost = new JdkEventClient(server.getBaseUrl(), server.getApiKey());
        if (!sdk.entitlements().hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE)
            || !jdkGet.hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE)) {
            throw new IllegalStateException("the seeded feature must be granted");
        }
        sdkPost();
        jdkPost.report(BenchServer.CUSTOMER, "bench");
    }

    /** Keeps the server's request log and event store from growing across iterations. */
    @TearDown(Level.Iteration)
    public void forget() {
        server.reset();
        BenchServer.seed(server);
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sdk.close();
        server.close();
    }

    /** SDK: uncached has-access GET. */
    @Benchmark
    public boolean sdkGet() {
        return sdk.entitlements().hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE);
    }

    /** Baseline: the same GET with the JDK client. */
    @Benchmark
    public boolean jdkGet() throws Exception {
        return jdkGet.hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE);
    }

    /** SDK: an event POST, with a fresh idempotency key each time as the baseline (params built per call). */
    @Benchmark
    public Object sdkPost() {
        return sdk.reporting().reportEvent(ReportEventParams.builder().customerId(BenchServer.CUSTOMER).eventName("bench").build());
    }

    /** Baseline: the same POST with the JDK client. */
    @Benchmark
    public int jdkPost() throws Exception {
        return jdkPost.report(BenchServer.CUSTOMER, "bench");
    }
}
