package com.kelviq.samples;

import com.kelviq.samples.boot.PlanChangeListener;
import com.kelviq.samples.boot.ShopApplication;
import com.kelviq.sdk.testkit.WebhookSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot sample ({@link ShopApplication}) started on a random port and driven over HTTP: an entitlement
 * checked in a controller with usage reported in the background, a signed webhook received, the {@code kelviq}
 * health component and meters read from the actuator, and the queued usage delivered at shutdown.
 */
public final class BootWalkthrough {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private BootWalkthrough() {
    }

    /** Runs the walkthrough against the embedded test server, or the real API when {@code KELVIQ_API_KEY} is set. */
    public static void main(String[] args) throws Exception {
        StepPrinter out = new StepPrinter(System.out);
        try (SampleEnvironment env = SampleEnvironment.fromProcessEnvironment()) {
            out.heading("Spring Boot walkthrough against " + env.description());
            String customer = env.customerId("boot-shopper");
            String other = env.customerId("boot-free");
            env.grantMeteredFeature(customer, "exports", 100);

            List<String> properties = new ArrayList<>(env.springBootProperties());
            properties.addAll(List.of("server.port=0", "server.address=127.0.0.1", "server.shutdown=graceful",
                "kelviq.webhooks.secret=" + SampleEnvironment.SAMPLE_WEBHOOK_SECRET,
                "management.endpoints.web.exposure.include=health,metrics", "management.endpoint.health.show-details=always",
                "spring.main.banner-mode=off"));
            ConfigurableApplicationContext app = new SpringApplicationBuilder(ShopApplication.class)
                .properties(properties.toArray(new String[0])).run();
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            out.step("boot.start", "ShopApplication on %s (Tomcat); beans from the starter only", base);

            out.step("POST /exports/{customer}", "%s", send(base + "/exports/" + customer, "POST", "").body());
            out.step("POST /exports/{other}", "%s", send(base + "/exports/" + other, "POST", "").body());

            WebhookSigner signer = new WebhookSigner(SampleEnvironment.SAMPLE_WEBHOOK_SECRET);
            String payload = signer.payload("subscription.updated",
                Map.of("object", "subscription", "customer", Map.of("customer_id", customer)));
            int signed = signer.deliver(base + "/kelviq/webhooks", payload);
            out.step("POST /kelviq/webhooks", "signed delivery: %d; the listener heard %s", signed,
                app.getBean(PlanChangeListener.class).heard());
            int tampered = signer.deliver(base + "/kelviq/webhooks", payload.replace("subscription.updated", "subscription.created"),
                signer.headers(payload));
            out.step("POST /kelviq/webhooks", "tampered delivery: %d (refused, nothing published)", tampered);

            String health = send(base + "/actuator/health/kelviq", "GET", null).body();
            out.step("GET /actuator/health/kelviq", "%s", health);
            String metric = send(base + "/actuator/metrics/kelviq.client.requests", "GET", null).body();
            out.step("GET /actuator/metrics/kelviq.client.requests", "%s",
                metric.substring(metric.indexOf("\"measurements\""), metric.indexOf(']', metric.indexOf("\"measurements\"")) + 1));

            app.close();
            int delivered = env.serverEventCount(customer, "export.created");
            out.step("boot.close", delivered < 0 ? "closed; queued usage delivered before the client closed"
                : "closed; the server counted %d export.created event(s) for %s", delivered, customer);
        }
        System.out.println("Done: " + out.steps() + " steps.");
    }

    private static HttpResponse<String> send(String url, String method, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
