package com.kelviq.samples;

import com.kelviq.sdk.Environment;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.UsageBehaviour;
import com.kelviq.sdk.model.UsageReport;
import com.kelviq.sdk.reactor.ReactorKelviqClient;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The Java and Reactor snippets of README.md, compiled with the build so they cannot drift from the
 * API. Keep the README in sync with these methods (the Kotlin one is in {@code ReadmeSnippetsKt}).
 */
public final class ReadmeSnippets {
    private ReadmeSnippets() {
    }

    /** README "Quick start / Java". Needs a real API key; not run by the build. */
    public static void javaQuickStart() {
        try (KelviqBlockingClient client = KelviqBlockingClient.create(
                KelviqConfig.builder().apiKey(System.getenv("KELVIQ_API_KEY")).environment(Environment.SANDBOX).build())) {

            Customer ann = client.customers().create(CreateCustomerParams.builder()
                .customerId("ann").email("ann@example.com").name("Ann").build());

            if (client.entitlements().hasAccess("ann", "api-calls")) {
                client.reporting().reportUsage(ReportUsageParams.builder()
                    .value(1).customerId("ann").featureId("api-calls").behaviour(UsageBehaviour.DELTA).build());
            }

            for (Customer c : client.customers().listAll()) {   // pages fetched lazily; also .stream()
                System.out.println(c.getCustomerId());
            }
        }
    }

    /** README "Quick start / Reactor". Returns the cold pipeline; nothing is sent until subscription. */
    public static Mono<UsageReport> reactorQuickStart() {
        ReactorKelviqClient client = ReactorKelviqClient.create(KelviqConfig.fromEnv());

        Mono<UsageReport> report = client.entitlements().hasAccess("ann", "api-calls")
            .filter(Boolean::booleanValue)
            .flatMap(ok -> client.reporting().reportUsage(ReportUsageParams.builder()
                .value(1).customerId("ann").featureId("api-calls").behaviour(UsageBehaviour.DELTA).build()));
        return report;
    }

    /** README "Testing your code with the testkit"; run by {@code ReadmeSnippetsTest}. Returns the request count. */
    public static int testkitSnippet() {
        try (KelviqTestServer server = KelviqTestServer.start();
             KelviqBlockingClient client = KelviqBlockingClient.create(server.config())) {
            server.grant("ann", "api-calls", "METER", 3L, true);          // a hard limit of 3
            server.failNext(1, 503, Map.of("Retry-After", "0"));          // the next request fails once

            if (!client.entitlements().hasAccess("ann", "api-calls")) {   // retried, then answered
                throw new AssertionError("expected access");
            }
            return server.requestCount();
        }
    }
}
