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
 * Benchmark 2: cached {@code hasAccess} through {@link KelviqBlockingClient} with the default
 * entitlement cache (60 s fresh), warmed before measuring, on one thread. Targets: at least
 * 5 million checks/s and p99 under 2 µs.
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
public class CachedHasAccessBenchmark {
    KelviqTestServer server;
    KelviqBlockingClient sdk;

    /** Starts and seeds the server, builds the client with the cache on and warms the cache. */
    @Setup(Level.Trial)
    public void setUp() {
        server = BenchServer.startSeeded();
        sdk = KelviqBlockingClient.create(server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build());
        if (!sdk.entitlements().hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE)) {
            throw new IllegalStateException("the seeded feature must be granted");
        }
    }

    /** Closes the client and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sdk.close();
        server.close();
    }

    /** Cached check, throughput. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean cachedThroughput() {
        return sdk.entitlements().hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE);
    }

    /** Cached check, latency distribution (p50, p99, ...). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public boolean cachedLatency() {
        return sdk.entitlements().hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE);
    }
}
