package com.kelviq.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Every walkthrough runs to its end against the embedded server and prints every step. */
class WalkthroughsTest {

    private static List<String> run(BiConsumer<SampleEnvironment, PrintStream> walkthrough) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SampleEnvironment env = SampleEnvironment.embedded();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            walkthrough.accept(env, out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void javaWalkthroughPrintsEveryStep() {
        List<String> lines = run(JavaWalkthrough::run);
        assertTrue(lines.get(0).startsWith("Java (blocking) walkthrough against the embedded KelviqTestServer"), lines.get(0));
        assertStep(lines, "customers.create", "created java-ann (Ann, ann@example.com)");
        assertStep(lines, "customers.update", "renamed to \"Ann Lee\"");
        assertStep(lines, "customers.listAll", "1 customers");
        assertStep(lines, "checkout.createSession", "redirect the customer to http");
        assertStep(lines, "entitlements.hasAccess", "api-calls before any usage: true");
        assertStep(lines, "entitlements.hasAccess", "api-calls after reaching the hard limit: false");
        assertStep(lines, "entitlements.getEntitlement", "used 3 of 3, remaining 0");
        assertStep(lines, "reporting.reportEvent", "server counted 1 event");
        assertStep(lines, "subscriptions.list", "1 active or trialing");
        assertStep(lines, "subscriptions.update", "now on plan-team");
        assertStep(lines, "subscriptions.cancel", "");
        assertStep(lines, "customers.archive", "archived");
        assertEquals("Done: 17 steps.", lines.get(lines.size() - 1));
    }

    @Test
    void kotlinWalkthroughPrintsEveryStep() {
        List<String> lines = run(KotlinWalkthrough::runAndWait);
        assertTrue(lines.get(0).startsWith("Kotlin (coroutines) walkthrough against the embedded"), lines.get(0));
        assertStep(lines, "customers.create", "created kotlin-bob (Bob, bob@example.com)");
        assertStep(lines, "customers.update", "renamed to \"Bob Stone\", metadata {tier=gold}");
        assertStep(lines, "entitlements.hasAccess", "exports before any usage: true");
        assertStep(lines, "entitlements.hasAccess", "exports after reaching the hard limit: false");
        assertStep(lines, "entitlements.getEntitlement", "used 2 of 2, remaining 0");
        assertStep(lines, "reporting.reportEvent", "server counted 1 event");
        assertStep(lines, "subscriptions.update", "now on plan-team");
        assertEquals("Done: 17 steps.", lines.get(lines.size() - 1));
    }

    @Test
    void reactorWalkthroughPrintsEveryStep() {
        List<String> lines = run(ReactorWalkthrough::run);
        assertTrue(lines.get(0).startsWith("Reactor walkthrough against the embedded"), lines.get(0));
        assertStep(lines, "customers.update", "e-mail now cy@example.org");
        assertStep(lines, "customers.listAll", "1 customers");
        assertStep(lines, "entitlements.hasAccess", "reports before any usage: true");
        assertStep(lines, "entitlements.hasAccess", "reports after reaching the hard limit: false");
        assertStep(lines, "entitlements.getEntitlement", "used 5 of 5, remaining 0");
        assertStep(lines, "reporting.reportEvent", "server counted 1 event");
        assertStep(lines, "subscriptions.update", "now on plan-team");
        assertStep(lines, "customers.archive", "archived");
        assertEquals("Done: 17 steps.", lines.get(lines.size() - 1));
    }

    private static void assertStep(List<String> lines, String operation, String text) {
        assertTrue(lines.stream().anyMatch(l -> l.contains(" " + operation + " ") && l.contains(text)),
            "no line with " + operation + " and '" + text + "' in:\n" + String.join("\n", lines));
    }
}
