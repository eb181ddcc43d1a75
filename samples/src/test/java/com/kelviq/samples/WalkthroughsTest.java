package com.kelviq.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every walkthrough runs to its end against the embedded server and prints every step. */
class WalkthroughsTest {

    private static List<String> runJava() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SampleEnvironment env = SampleEnvironment.embedded();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            JavaWalkthrough.run(env, out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void javaWalkthroughPrintsEveryStep() {
        List<String> lines = runJava();
        assertTrue(lines.get(0).contains("embedded KelviqTestServer"), lines.get(0));
        assertStep(lines, "customers.create", "created java-ann (Ann, ann@example.com)");
        assertStep(lines, "customers.update", "renamed to \"Ann Lee\"");
        assertStep(lines, "customers.listAll", "1 customers");
        assertStep(lines, "checkout.createSession", "redirect the customer to http");
        assertStep(lines, "entitlements.hasAccess", "api-calls before any usage: true");
        assertStep(lines, "entitlements.hasAccess", "api-calls after reaching the hard limit: false");
        assertStep(lines, "entitlements.getEntitlement", "used 3 of 3, remaining 0");
        assertStep(lines, "reporting.reportEvent", "server counted 1 event");
        assertStep(lines, "subscriptions.update", "now on plan-team");
        assertStep(lines, "customers.archive", "archived");
        assertEquals("Done: 17 steps.", lines.get(lines.size() - 1));
    }

    private static void assertStep(List<String> lines, String operation, String text) {
        assertTrue(lines.stream().anyMatch(l -> l.contains(operation) && l.contains(text)),
            "no line with " + operation + " and '" + text + "' in:\n" + String.join("\n", lines));
    }
}
