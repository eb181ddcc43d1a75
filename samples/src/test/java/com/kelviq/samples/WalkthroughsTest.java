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
        assertRuntimeSteps(lines);
        assertEquals("Done: 26 steps.", lines.get(lines.size() - 1));
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
        assertRuntimeSteps(lines);
        assertEquals("Done: 26 steps.", lines.get(lines.size() - 1));
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
        assertRuntimeSteps(lines);
        assertEquals("Done: 26 steps.", lines.get(lines.size() - 1));
    }

    private static void assertStep(List<String> lines, String operation, String text) {
        assertTrue(lines.stream().anyMatch(l -> l.contains(" " + operation + " ") && l.contains(text)),
            "no line with " + operation + " and '" + text + "' in:\n" + String.join("\n", lines));
    }

    /** The runtime-API steps every walkthrough runs on the embedded server, with what the server answered. */
    private static void assertRuntimeSteps(List<String> lines) {
        assertStep(lines, "portal.createSession", "send the customer to http");
        assertStep(lines, "portal.createSession", "?token=");
        assertStep(lines, "charges.create", "charged 49.00 USD");
        assertStep(lines, "paymentMethods.list", "visa ending 4242, default true");
        assertStep(lines, "refunds.create", "status PENDING");
        assertStep(lines, "orders.listEvents", "[order.created, order.completed, order.refunded]");
        assertStep(lines, "licenses.activate", "instance ");
        assertStep(lines, "licenses.validate", "valid true");
        assertStep(lines, "licenses.deactivate", "");
        assertStep(lines, "webhooks.handle", "signed delivery 200, repeat 200 (dropped), tampered 400; handled [subscription.updated]");
    }
}
