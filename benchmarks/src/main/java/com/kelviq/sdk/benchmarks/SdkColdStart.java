package com.kelviq.sdk.benchmarks;

import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import java.lang.management.ManagementFactory;

/**
 * Benchmark 4, SDK side: a fresh JVM that builds a {@link KelviqBlockingClient} (default settings,
 * cache on) and makes one {@code hasAccess} call, then prints
 * {@code FIRST_RESPONSE <ms since JVM start> <ms since main>}. Started by {@link ColdStartRunner}.
 *
 * <pre>java -cp benchmarks.jar com.kelviq.sdk.benchmarks.SdkColdStart &lt;baseUrl&gt; &lt;edgeUrl&gt; &lt;apiKey&gt;</pre>
 */
public final class SdkColdStart {
    private SdkColdStart() {
    }

    /** Runs one cold call; see the class comment. */
    public static void main(String[] args) {
        long mainStart = System.currentTimeMillis();
        boolean granted;
        try (KelviqBlockingClient client = KelviqBlockingClient.create(
            KelviqConfig.builder().apiKey(args[2]).baseUrl(args[0]).edgeUrl(args[1]).build())) {
            granted = client.entitlements().hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE);
            long end = System.currentTimeMillis();
            report(granted, mainStart, end);
        }
    }

    static void report(boolean granted, long mainStart, long end) {
        if (!granted) {
            throw new IllegalStateException("the seeded feature must be granted");
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("FIRST_RESPONSE " + (end - jvmStart) + " " + (end - mainStart));
        System.out.flush();
    }
}
