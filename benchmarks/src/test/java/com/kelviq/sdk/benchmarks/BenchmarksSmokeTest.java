package com.kelviq.sdk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark code works: each benchmark's state sets up against the testkit and each benchmark
 * method gives the right answer once; the reporting program delivers a small run exactly once.
 * No timing is measured or asserted (that is JMH's job, never run by {@code mvn verify}).
 */
class BenchmarksSmokeTest {

    @Test
    void uncachedBenchmarkMethodsAnswerOnce() throws Exception {
        UncachedHasAccessBenchmark b = new UncachedHasAccessBenchmark();
        b.setUp();
        try {
            assertTrue(b.sdkThroughput());
            assertTrue(b.sdkLatency());
            assertTrue(b.jdkBaselineThroughput());
            assertTrue(b.jdkBaselineLatency());
            b.forgetRequests();
            assertEquals(0, b.server.requestCount());
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"JAVA", "CIO", "KTOR_JAVA"})
    void transportBenchmarkMethodsAnswerOnceOnEachEngine(String engine) throws Exception {
        TransportBenchmark b = new TransportBenchmark();
        b.engine = engine;
        b.setUp();
        try {
            assertTrue(b.sdkGet());
            assertTrue(b.jdkGet());
            assertEquals("bench", ((com.kelviq.sdk.model.EventReport) b.sdkPost()).getEventName());
            assertTrue(b.jdkPost() / 100 == 2);
            assertEquals(4, b.server.eventCount()); // two in setUp, one per POST method
            b.forget();
            assertEquals(0, b.server.requestCount());
            assertTrue(b.sdkGet()); // seeded again
        } finally {
            b.tearDown();
        }
    }

    @Test
    void cachedBenchmarkMethodsAnswerFromTheCache() {
        CachedHasAccessBenchmark b = new CachedHasAccessBenchmark();
        b.setUp();
        try {
            int before = b.server.requestCount();
            assertTrue(b.cachedThroughput());
            assertTrue(b.cachedLatency());
            assertEquals(before, b.server.requestCount());
        } finally {
            b.tearDown();
        }
    }

    @Test
    void baselineParserAppliesTheHasAccessRule() {
        String body = "{\"customerId\":\"c\",\"entitlements\":["
            + "{\"featureId\":\"m\",\"featureType\":\"METER\",\"hasAccess\":true,\"hardLimit\":true,\"usageLimit\":3,\"currentUsage\":3},"
            + "{\"featureId\":\"b\",\"featureType\":\"BOOLEAN\",\"hasAccess\":false,\"hardLimit\":null,\"usageLimit\":null},"
            + "{\"featureId\":\"b\",\"featureType\":\"BOOLEAN\",\"hasAccess\":true,\"hardLimit\":null,\"usageLimit\":null},"
            + "{\"featureId\":\"u\",\"featureType\":\"METER\",\"hasAccess\":true,\"hardLimit\":false,\"usageLimit\":null}]}";
        assertFalse(EntitlementJson.hasAccess(body, "m"));
        assertTrue(EntitlementJson.hasAccess(body, "b"));
        assertTrue(EntitlementJson.hasAccess(body, "u"));
        assertFalse(EntitlementJson.hasAccess(body, "absent"));
    }

    @Test
    void reportingSidesDeliverEveryEventOnceDespiteInjectedFailures() throws Exception {
        ReportingBenchmark.Result sequential = ReportingBenchmark.sequential(300, 50, 10);
        assertEquals(6, sequential.injectedFailures);
        assertEquals(0, sequential.lost());
        assertEquals(0, sequential.duplicates());
        assertEquals(0, sequential.clientFailures);

        ReportingBenchmark.Result reporter = ReportingBenchmark.reporter(300, 4, 50, 10);
        assertEquals(0, reporter.lost());
        assertEquals(0, reporter.duplicates());
        assertEquals(0, reporter.clientFailures);
        assertTrue(reporter.injectedFailures >= 6, "faults were injected: " + reporter);

        ReportingBenchmark.Result jdk = ReportingBenchmark.concurrentJdk(300, 4, 50, 10);
        assertEquals(0, jdk.lost());
        assertEquals(0, jdk.duplicates());
        assertEquals(0, jdk.clientFailures);
        assertTrue(jdk.injectedFailures >= 6, "faults were injected: " + jdk);
    }
}
