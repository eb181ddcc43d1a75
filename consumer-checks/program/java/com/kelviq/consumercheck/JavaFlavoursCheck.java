package com.kelviq.consumercheck;

import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.errors.KelviqException;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A consumer's program: every operation of the five areas in the Java blocking, Java async and Reactor
 * flavours against the testkit, run by each consumer-check module on its own dependency management.
 *
 * <p>With the system property {@code kelviq.check.expectRefusal} set to a comma-separated list of
 * libraries, the program instead expects each client to refuse to start, with a message naming each of
 * those libraries, the version found (system property {@code kelviq.check.found.<library>}) and the
 * Maven property that fixes it ({@code kelviq.check.property.<library>}); no server is started then,
 * since a classpath that old is not expected to run the testkit either.
 */
public final class JavaFlavoursCheck {
    private JavaFlavoursCheck() {
    }

    /** Exits 0 when every check holds, 1 (with the reason on stderr) otherwise. */
    public static void main(String[] args) {
        try {
            String refusal = System.getProperty("kelviq.check.expectRefusal", "").trim();
            if (refusal.isEmpty()) {
                runEveryFlavour();
            } else {
                expectRefusal(Arrays.asList(refusal.split(",")));
            }
        } catch (Throwable failure) {
            System.err.println("CONSUMER CHECK FAILED: " + failure);
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void runEveryFlavour() {
        try (KelviqTestServer server = KelviqTestServer.start()) {
            List<Function<KelviqConfig, Ops>> flavours = List.of(BlockingOps::new, AsyncOps::new, ReactorOps::new);
            for (Function<KelviqConfig, Ops> flavour : flavours) {
                try (Ops ops = flavour.apply(server.config())) {
                    int checked = new Scenario(server, ops).run();
                    System.out.println("consumer check: " + ops.flavour() + ": " + checked + " checks passed");
                }
            }
        }
    }

    private static void expectRefusal(List<String> libraries) {
        KelviqConfig config = KelviqConfig.builder().apiKey("kelviq_test_key")
            .baseUrl("http://127.0.0.1:9").edgeUrl("http://127.0.0.1:9/edge").build();
        List<Function<KelviqConfig, Ops>> flavours = List.of(BlockingOps::new, AsyncOps::new, ReactorOps::new);
        List<String> names = List.of("java-blocking", "java-async", "reactor");
        for (int i = 0; i < flavours.size(); i++) {
            String message;
            try {
                flavours.get(i).apply(config).close();
                throw new AssertionError(names.get(i) + ": the client started on libraries below the SDK's floor");
            } catch (KelviqException refused) {
                message = refused.getMessage();
            }
            List<String> missing = new ArrayList<>();
            for (String library : libraries) {
                String found = System.getProperty("kelviq.check.found." + library);
                String property = System.getProperty("kelviq.check.property." + library);
                String expected = library + " " + found + " found, ";
                if (!message.contains(expected)) missing.add("'" + expected + "'");
                if (!message.contains("set the Maven property " + property + " to ")) missing.add("property " + property);
            }
            if (!missing.isEmpty()) {
                throw new AssertionError(names.get(i) + ": the refusal does not name " + missing + ":\n" + message);
            }
            System.out.println("consumer check: " + names.get(i) + " refused to start, as expected:\n" + message);
        }
    }
}
