package com.kelviq.sdk.benchmarks;

import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.ReporterConfig;
import com.kelviq.sdk.ReporterStats;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.blocking.AsyncReportingApi;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.testkit.KelviqTestServer;
import com.kelviq.sdk.testkit.RequestMatcher;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 3 (a single-shot program, not JMH): usage events sent one by one with the blocking
 * {@code reportEvent} versus queued to the background reporter ({@code enqueueEvent} then
 * {@code flush}), with 1 % of the event POST attempts failed by the server (503, {@code Retry-After: 0},
 * every 100th attempt). Checks that the server counts every event exactly once and that the
 * reporter's failure handler receives nothing.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar com.kelviq.sdk.benchmarks.ReportingBenchmark \
 *     [events=100000] [sequentialEvents=events] [senders=4] [failEvery=100] [warmup=2000]
 * </pre>
 */
public final class ReportingBenchmark {
    static final String EVENT_PATH = "/api/v1/report/event/";
    static final String EVENT_NAME = "bench.event";

    private ReportingBenchmark() {
    }

    /** What one side of the comparison did and what the server saw. */
    public static final class Result {
        /** Which side: {@code sequential} or {@code reporter}. */
        public final String side;
        /** Events sent (or enqueued). */
        public final long events;
        /** Time the calling thread spent sending (sequential) or enqueueing (reporter), in ns. */
        public final long callerNanos;
        /** Time until every event was acknowledged (sequential: same as {@link #callerNanos}), in ns. */
        public final long totalNanos;
        /** Distinct events the server accepted. */
        public final long serverUnique;
        /** Event POST attempts the server received, including failed ones and retries. */
        public final long attempts;
        /** Attempts failed on purpose with 503. */
        public final long injectedFailures;
        /** Calls that threw (sequential) or reports handed to the failure handler / rejected (reporter). */
        public final long clientFailures;
        /** Reporter counters at the end, warm-up included ({@code null} for the sequential side). */
        public final ReporterStats stats;

        Result(String side, long events, long callerNanos, long totalNanos, long serverUnique, long attempts,
               long injectedFailures, long clientFailures, ReporterStats stats) {
            this.side = side;
            this.events = events;
            this.callerNanos = callerNanos;
            this.totalNanos = totalNanos;
            this.serverUnique = serverUnique;
            this.attempts = attempts;
            this.injectedFailures = injectedFailures;
            this.clientFailures = clientFailures;
            this.stats = stats;
        }

        /** Events the server never accepted. */
        public long lost() {
            return events - serverUnique;
        }

        /** Successful (non-injected-failure) attempts beyond one per distinct event: a resend of a delivered event. */
        public long duplicates() {
            return attempts - injectedFailures - serverUnique;
        }

        /** Events per second until everything was acknowledged. */
        public double eventsPerSecond() {
            return events / (totalNanos / 1e9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                "%-10s events=%d caller=%.1f ms total=%.1f ms (%.0f events/s) serverUnique=%d attempts=%d "
                    + "injected503=%d lost=%d duplicates=%d clientFailures=%d%s",
                side, events, callerNanos / 1e6, totalNanos / 1e6, eventsPerSecond(), serverUnique, attempts,
                injectedFailures, lost(), duplicates(), clientFailures, stats == null ? "" : " " + stats);
        }
    }

    /** Runs both sides and prints the comparison. */
    public static void main(String[] args) throws Exception {
        int events = intArg(args, 0, 100_000);
        int sequentialEvents = intArg(args, 1, events);
        int senders = intArg(args, 2, 4);
        int failEvery = intArg(args, 3, 100);
        int warmup = intArg(args, 4, 2_000);

        System.out.printf(Locale.ROOT, "events=%d sequentialEvents=%d senders=%d failEvery=%d warmup=%d%n",
            events, sequentialEvents, senders, failEvery, warmup);
        Result sequential = sequential(sequentialEvents, failEvery, warmup);
        System.out.println(sequential);
        Result reporter = reporter(events, senders, failEvery, warmup);
        System.out.println(reporter);
        Result concurrent = concurrentJdk(events, senders, failEvery, warmup);
        System.out.println(concurrent);

        double sequentialPerEventNanos = (double) sequential.totalNanos / sequential.events;
        double sequentialForN = sequentialPerEventNanos * events;
        String extrapolated = sequentialEvents == events ? "" : " (sequential time extrapolated linearly from "
            + sequentialEvents + " events)";
        System.out.printf(Locale.ROOT, "sequential for %d events: %.1f ms%s%n", events, sequentialForN / 1e6, extrapolated);
        System.out.printf(Locale.ROOT, "speed-up, delivery (sequential total / reporter total): %.1fx%n",
            sequentialForN / reporter.totalNanos);
        System.out.printf(Locale.ROOT, "speed-up, caller thread (sequential total / reporter enqueue): %.1fx%n",
            sequentialForN / reporter.callerNanos);
        System.out.printf(Locale.ROOT, "reporter delivery vs concurrent JDK sender (%d in flight each): %.2fx (target >= 0.8x)%n",
            senders, (double) concurrent.totalNanos / reporter.totalNanos);
        System.out.printf(Locale.ROOT, "caller-visible cost per enqueueEvent: %.2f us (target <= 2 us)%n",
            reporter.callerNanos / 1e3 / reporter.events);
        boolean ok = concurrent.lost() == 0 && concurrent.duplicates() == 0 && concurrent.clientFailures == 0
            && sequential.lost() == 0 && sequential.duplicates() == 0 && sequential.clientFailures == 0
            && reporter.lost() == 0 && reporter.duplicates() == 0 && reporter.clientFailures == 0;
        System.out.println(ok ? "CHECK OK: 0 lost, 0 duplicated, 0 failures on both sides" : "CHECK FAILED");
        System.exit(ok ? 0 : 1);
    }

    /** Sends {@code events} events one by one with the blocking {@code reportEvent} (after {@code warmup} untimed ones). */
    public static Result sequential(int events, int failEvery, int warmup) {
        try (KelviqTestServer server = BenchServer.startSeeded();
             KelviqBlockingClient client = KelviqBlockingClient.create(config(server, ReporterConfig.DEFAULT))) {
            for (int i = 0; i < warmup; i++) {
                client.reporting().reportEvent(event(i));
            }
            server.reset().addCustomer(BenchServer.CUSTOMER);
            EveryNthRequest faults = armFaults(server, failEvery);
            long failures = 0;
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                try {
                    client.reporting().reportEvent(event(i));
                } catch (RuntimeException e) {
                    failures++;
                }
            }
            long elapsed = System.nanoTime() - start;
            return new Result("sequential", events, elapsed, elapsed, server.eventCount(), attempts(server),
                faults.chosen(), failures, null);
        }
    }

    /** Enqueues {@code events} events to the background reporter and waits for the flush. */
    public static Result reporter(int events, int senders, int failEvery, int warmup) throws Exception {
        AtomicLong handed = new AtomicLong();
        ReporterConfig reporterConfig = ReporterConfig.builder()
            .queueCapacity(Math.max(events, warmup))
            .senders(senders)
            .failureHandler((report, error) -> handed.incrementAndGet())
            .build();
        try (KelviqTestServer server = BenchServer.startSeeded();
             KelviqBlockingClient client = KelviqBlockingClient.create(config(server, reporterConfig))) {
            AsyncReportingApi reporting = client.async().reporting();
            for (int i = 0; i < warmup; i++) {
                reporting.enqueueEvent(event(i));
            }
            if (!reporting.flush(Duration.ofMinutes(5)).get(6, TimeUnit.MINUTES)) {
                throw new IllegalStateException("warm-up flush timed out");
            }
            server.reset().addCustomer(BenchServer.CUSTOMER);
            long before = handed.get();
            ReporterStats statsBefore = reporting.stats();
            EveryNthRequest faults = armFaults(server, failEvery);
            long rejected = 0;
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                if (!reporting.enqueueEvent(event(i))) {
                    rejected++;
                }
            }
            long enqueued = System.nanoTime() - start;
            boolean flushed = reporting.flush(Duration.ofMinutes(30)).get(31, TimeUnit.MINUTES);
            long total = System.nanoTime() - start;
            if (!flushed) {
                throw new IllegalStateException("flush timed out");
            }
            ReporterStats after = reporting.stats();
            if (statsBefore.getFailed() != 0 || statsBefore.getRejected() != 0) {
                throw new IllegalStateException("warm-up failures: " + statsBefore);
            }
            return new Result("reporter", events, enqueued, total, server.eventCount(), attempts(server), faults.chosen(),
                rejected + handed.get() - before, after);
        }
    }

    /**
     * The hand-written baseline of the reporter: {@code senders} threads sharing one JDK {@code HttpClient}
     * POST the same events (idempotency key per event), each retrying a 503 at once, up to 3 times: the same
     * number of requests in flight as the reporter's senders, against the same server.
     */
    public static Result concurrentJdk(int events, int senders, int failEvery, int warmup) throws Exception {
        try (KelviqTestServer server = BenchServer.startSeeded()) {
            JdkEventClient client = new JdkEventClient(server.getBaseUrl(), server.getApiKey());
            runSenders(client, warmup, senders, "warm");
            server.reset().addCustomer(BenchServer.CUSTOMER);
            EveryNthRequest faults = armFaults(server, failEvery);
            long start = System.nanoTime();
            long failures = runSenders(client, events, senders, "e");
            long elapsed = System.nanoTime() - start;
            return new Result("jdk x" + senders, events, elapsed, elapsed, server.eventCount(), attempts(server), faults.chosen(),
                failures, null);
        }
    }

    private static long runSenders(JdkEventClient client, int events, int senders, String keyPrefix) throws Exception {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        AtomicLong failures = new AtomicLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
        try {
            java.util.List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            for (int t = 0; t < senders; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < events; i = next.getAndIncrement()) {
                        String key = keyPrefix + "-" + i;
                        boolean sent = false;
                        for (int attempt = 0; attempt < 4 && !sent; attempt++) {
                            try {
                                sent = client.reportWithKey(BenchServer.CUSTOMER, EVENT_NAME, key) / 100 == 2;
                            } catch (Exception e) {
                                sent = false;
                            }
                        }
                        if (!sent) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return failures.get();
    }

    private static KelviqConfig config(KelviqTestServer server, ReporterConfig reporter) {
        // Retry-After: 0 on the injected 503s makes retries immediate; 3 retries leave room for bad luck.
        return server.configBuilder().maxRetries(3).reporter(reporter).build();
    }

    private static EveryNthRequest armFaults(KelviqTestServer server, int failEvery) {
        EveryNthRequest faults = new EveryNthRequest(RequestMatcher.of("POST", EVENT_PATH), failEvery);
        server.failNext(faults, Integer.MAX_VALUE, 503, Map.of("Retry-After", "0"));
        return faults;
    }

    private static long attempts(KelviqTestServer server) {
        return server.requestCount(RequestMatcher.of("POST", EVENT_PATH));
    }

    static ReportEventParams event(int i) {
        return ReportEventParams.builder()
            .customerId(BenchServer.CUSTOMER)
            .eventName(EVENT_NAME)
            .properties(Map.of("n", i))
            .build();
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index].replace("_", "")) : fallback;
    }
}
