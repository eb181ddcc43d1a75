package com.kelviq.sdk.benchmarks;

import com.kelviq.sdk.testkit.KelviqTestServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark 4: cold start. Runs the testkit server in this process and, {@code runs} times each
 * (interleaved), spawns a fresh JVM for {@link SdkColdStart} and {@link JdkColdStart} (modes
 * {@code kotlinx} and {@code raw}) with this process's class path. Reports, per side, the median,
 * min and max of: the child's own "JVM start to first response" (RuntimeMXBean start time), the
 * child's "main to first response", and the parent's wall clock from spawning the process to
 * reading its result line (which also counts JVM boot before the start time is taken).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar com.kelviq.sdk.benchmarks.ColdStartRunner [runs=10] [extra JVM options...]</pre>
 */
public final class ColdStartRunner {
    private ColdStartRunner() {
    }

    /** Runs the comparison; see the class comment. */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> jvmOptions = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            jvmOptions.add(args[i]);
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        try (KelviqTestServer server = BenchServer.startSeeded()) {
            Map<String, List<String>> commands = new LinkedHashMap<>();
            commands.put("sdk (KelviqBlockingClient)",
                List.of(SdkColdStart.class.getName(), server.getBaseUrl(), server.getEdgeUrl(), server.getApiKey()));
            commands.put("jdk HttpClient + kotlinx parse",
                List.of(JdkColdStart.class.getName(), server.getEdgeUrl(), server.getApiKey(), "kotlinx"));
            commands.put("jdk HttpClient, no JSON lib",
                List.of(JdkColdStart.class.getName(), server.getEdgeUrl(), server.getApiKey(), "raw"));
            Map<String, List<long[]>> results = new LinkedHashMap<>();
            commands.keySet().forEach(k -> results.put(k, new ArrayList<>()));
            for (int run = 0; run < runs; run++) {
                for (Map.Entry<String, List<String>> e : commands.entrySet()) {
                    List<String> command = new ArrayList<>();
                    command.add(java);
                    command.addAll(jvmOptions);
                    command.add("-cp");
                    command.add(classPath);
                    command.addAll(e.getValue());
                    results.get(e.getKey()).add(runChild(command));
                }
            }
            System.out.printf(Locale.ROOT, "cold start, %d runs each, median [min..max] in ms%n", runs);
            System.out.printf(Locale.ROOT, "%-32s %-22s %-22s %-22s%n", "side", "JVM start->response",
                "main->response", "spawn->result (wall)");
            for (Map.Entry<String, List<long[]>> e : results.entrySet()) {
                System.out.printf(Locale.ROOT, "%-32s %-22s %-22s %-22s%n", e.getKey(),
                    summary(e.getValue(), 0), summary(e.getValue(), 1), summary(e.getValue(), 2));
            }
        }
    }

    /** Runs one child; returns {fromJvmStart, fromMain, spawnToResult} in ms. */
    private static long[] runChild(List<String> command) throws Exception {
        long spawned = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long[] result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("FIRST_RESPONSE ") && result == null) {
                    long wall = (System.nanoTime() - spawned) / 1_000_000;
                    String[] parts = line.split(" ");
                    result = new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), wall};
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("child failed (exit " + exit + "): " + command + "\n" + output);
        }
        return result;
    }

    private static String summary(List<long[]> samples, int index) {
        List<Long> values = new ArrayList<>();
        for (long[] s : samples) {
            values.add(s[index]);
        }
        Collections.sort(values);
        int n = values.size();
        double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2.0;
        return String.format(Locale.ROOT, "%.0f [%d..%d]", median, values.get(0), values.get(n - 1));
    }
}
