package com.kelviq.sdk.benchmarks;

import com.kelviq.sdk.EntitlementCacheConfig;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.ReporterConfig;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.redis.RedisFleet;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.time.Duration;
import java.util.Locale;

/**
 * Fleet mode (a single-shot program, not JMH), against a redis-server you start and the testkit in this JVM:
 * <ol>
 *   <li>cached {@code hasAccess} with fleet mode on next to L1-only, in alternating rounds (a hit never touches Redis,
 *   so the two should be alike);</li>
 *   <li>spool throughput: events enqueued per second and delivered per second through the Redis spool, next to the
 *   in-memory reporter.</li>
 * </ol>
 * <pre>
 * redis-server --port 6399 --save "" --appendonly no &amp;
 * java -cp benchmarks/target/benchmarks.jar com.kelviq.sdk.benchmarks.FleetBenchmark redis://127.0.0.1:6399 [checks=5000000] [events=20000] [rounds=5]
 * </pre>
 */
public final class FleetBenchmark {
    private FleetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String redis = args.length > 0 ? args[0] : "redis://127.0.0.1:6399";
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
        int events = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        try (KelviqTestServer server = KelviqTestServer.start()) {
            server.addCustomer("c1").grant("c1", "sso");
            KelviqConfig.Builder base = server.configBuilder().entitlementCache(EntitlementCacheConfig.builder().ttl(Duration.ofHours(1)).build())
                .reporter(ReporterConfig.builder().queueCapacity(Math.max(events, 10_000)).build());
            try (KelviqBlockingClient local = KelviqBlockingClient.create(base.build());
                 KelviqBlockingClient fleet = KelviqBlockingClient.create(base.fleet(RedisFleet.create(redis)).build())) {
                local.entitlements().hasAccess("c1", "sso");
                fleet.entitlements().hasAccess("c1", "sso");
                System.out.printf(Locale.ROOT, "cached hasAccess, %d calls per round, ns/call:%n", checks);
                double localBest = Double.MAX_VALUE;
                double fleetBest = Double.MAX_VALUE;
                for (int r = 1; r <= rounds; r++) {
                    double l = nanosPerCheck(local, checks);
                    double f = nanosPerCheck(fleet, checks);
                    localBest = Math.min(localBest, l);
                    fleetBest = Math.min(fleetBest, f);
                    System.out.printf(Locale.ROOT, "  round %d: L1-only %.1f, fleet %.1f (x%.2f)%n", r, l, f, f / l);
                }
                System.out.printf(Locale.ROOT, "  best: L1-only %.1f, fleet %.1f (x%.2f)%n", localBest, fleetBest, fleetBest / localBest);

                System.out.printf(Locale.ROOT, "background events, %d each:%n", events);
                spool("in-memory reporter", local, server, events, "mem");
                spool("Redis spool", fleet, server, events, "spool");
            }
        }
    }

    private static double nanosPerCheck(KelviqBlockingClient client, int checks) {
        boolean all = true;
        long started = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            all &= client.entitlements().hasAccess("c1", "sso");
        }
        long elapsed = System.nanoTime() - started;
        if (!all) throw new IllegalStateException("a cached check said no");
        return (double) elapsed / checks;
    }

    private static void spool(String side, KelviqBlockingClient client, KelviqTestServer server, int events, String name) {
        int before = server.eventCount("c1", name);
        long started = System.nanoTime();
        for (int i = 0; i < events; i++) {
            if (!client.reporting().enqueueEvent(ReportEventParams.builder().customerId("c1").eventName(name).build())) {
                throw new IllegalStateException("rejected");
            }
        }
        long enqueued = System.nanoTime() - started;
        if (!client.reporting().flush(Duration.ofMinutes(5))) throw new IllegalStateException("not flushed");
        while (server.eventCount("c1", name) - before < events) Thread.onSpinWait();
        long delivered = System.nanoTime() - started;
        System.out.printf(Locale.ROOT, "  %-20s enqueued %,.0f/s, delivered %,.0f/s (%d counted by the server)%n", side,
            events / (enqueued / 1e9), events / (delivered / 1e9), server.eventCount("c1", name) - before);
    }
}
