package com.kelviq.sdk.benchmarks;

import com.kelviq.sdk.EntitlementCacheConfig;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Benchmark 1: uncached {@code hasAccess} through {@link KelviqBlockingClient} (cache
 * {@link EntitlementCacheConfig#DISABLED}: one HTTP GET per check) next to the hand-written JDK
 * {@code HttpClient} baseline ({@link JdkEntitlementClient}), both against the same testkit server
 * on 127.0.0.1 in the benchmark JVM. Target: SDK throughput at least 90 % of the baseline's.
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
public class UncachedHasAccessBenchmark {
    KelviqTestServer server;
    KelviqBlockingClient sdk;
    JdkEntitlementClient jdk;

    /** Starts and seeds the server and builds both clients; one call each warms the connection. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        server = BenchServer.startSeeded();
        sdk = KelviqBlockingClient.create(server.configBuilder().entitlementCache(EntitlementCacheConfig.DISABLED).build());
        jdk = new JdkEntitlementClient(server.getEdgeUrl(), server.getApiKey());
        if (!sdk.entitlements().hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE)
            || !jdk.hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE)) {
            throw new IllegalStateException("the seeded feature must be granted");
        }
    }

    /** Keeps the server's request log from growing across iterations. */
    @TearDown(Level.Iteration)
    public void forgetRequests() {
        server.clearRequests();
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sdk.close();
        server.close();
    }

    /** SDK, throughput. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean sdkThroughput() {
        return sdk.entitlements().hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE);
    }

    /** Baseline, throughput. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean jdkBaselineThroughput() throws Exception {
        return jdk.hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE);
    }

    /** SDK, latency distribution (p50, p99, ...). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean sdkLatency() {
        return sdk.entitlements().hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE);
    }

    /** Baseline, latency distribution (p50, p99, ...). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean jdkBaselineLatency() throws Exception {
        return jdk.hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE);
    }
}
