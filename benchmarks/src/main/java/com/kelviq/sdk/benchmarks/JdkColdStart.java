package com.kelviq.sdk.benchmarks;

/**
 * Benchmark 4, baseline side: a fresh JVM that makes the same entitlement request with the JDK
 * {@code HttpClient} and prints {@code FIRST_RESPONSE <ms since JVM start> <ms since main>}.
 * Mode {@code kotlinx} parses the body with kotlinx-serialization like benchmark 1's baseline; mode
 * {@code raw} only checks the status and that the body mentions {@code "hasAccess":true} (JDK classes only).
 *
 * <pre>java -cp benchmarks.jar com.kelviq.sdk.benchmarks.JdkColdStart &lt;edgeUrl&gt; &lt;apiKey&gt; [kotlinx|raw]</pre>
 */
public final class JdkColdStart {
    private JdkColdStart() {
    }

    /** Runs one cold call; see the class comment. */
    public static void main(String[] args) throws Exception {
        long mainStart = System.currentTimeMillis();
        boolean raw = args.length > 2 && args[2].equals("raw");
        boolean granted = raw
            ? RawJdkCall.hasAccess(args[0], args[1])
            : new JdkEntitlementClient(args[0], args[1]).hasAccess(BenchServer.CUSTOMER, BenchServer.FEATURE);
        long end = System.currentTimeMillis();
        SdkColdStart.report(granted, mainStart, end);
    }
}
