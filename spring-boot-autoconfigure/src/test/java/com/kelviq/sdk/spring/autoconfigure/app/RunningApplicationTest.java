package com.kelviq.sdk.spring.autoconfigure.app;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.kelviq.sdk.PendingReport;
import com.kelviq.sdk.testkit.KelviqTestServer;
import com.kelviq.sdk.testkit.ReportedEvent;
import com.kelviq.sdk.testkit.RequestMatcher;
import com.kelviq.sdk.testkit.WebhookSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Boot 4 application on a random port of 127.0.0.1 (Tomcat for MVC, Reactor Netty for WebFlux) against the
 * testkit's Kelviq: controller calls, the webhook endpoint, actuator health and metrics, and shutdown.
 */
abstract class RunningApplicationTest {
    static final String SECRET = "whsec_running_app_test";
    static final RequestMatcher EVENTS = RequestMatcher.pathPrefix("/api/v1/report/event");

    final ObjectMapper json = new ObjectMapper();
    KelviqTestServer server;
    ConfigurableApplicationContext context;

    abstract Class<?> application();

    abstract WebApplicationType webApplicationType();

    @BeforeEach
    void startKelviq() {
        server = KelviqTestServer.start();
        server.addCustomer("c1").grant("c1", "exports", "BOOLEAN", null, true);
        server.addCustomer("c2");
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        server.close();
    }

    ConfigurableApplicationContext start(String... extra) {
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0", "server.address=127.0.0.1", "server.shutdown=graceful",
                "management.endpoints.web.exposure.include=health,metrics", "management.endpoint.health.show-details=always",
                "kelviq.api-key=" + server.getApiKey(), "kelviq.base-url=" + server.getBaseUrl(), "kelviq.edge-url=" + server.getEdgeUrl(),
                "kelviq.webhooks.secret=" + SECRET, "kelviq.reporter.close-timeout=10s"));
        properties.addAll(List.of(extra));
        context = new SpringApplicationBuilder(application()).web(webApplicationType())
                .properties(properties.toArray(new String[0])).run();
        return context;
    }

    String url(String path) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path;
    }

    /**
     * A new HTTP/1.1 connection per request. Reusing one JDK HttpClient connection against Reactor Netty (Boot 4.0.7)
     * stalls a later request now and then once a response was completed off the event loop: reproduced without the
     * SDK (a controller returning {@code Mono.fromFuture(HttpClient.sendAsync(..))}), so it is not what is under test.
     */
    static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http().send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    int post(String path, String body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return http().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    ShopEvents lastEvents;

    /** Makes {@code count} exports through the controller (each enqueues an event keyed k0, k1, ...), then closes the application. */
    List<String> exportThenStop(int count) throws IOException, InterruptedException {
        List<String> keys = IntStream.range(0, count).mapToObj(i -> "k" + i).collect(Collectors.toList());
        for (String key : keys) {
            assertThat(get("/shop/c1/exports/" + key).body()).isEqualTo("queued");
        }
        lastEvents = context.getBean(ShopEvents.class);
        context.close();
        context = null;
        return keys;
    }

    @Test
    void aControllerChecksAnEntitlementAndReportsUsageInTheBackground() throws Exception {
        start();
        assertThat(get("/shop/c1/exports/r1").body()).isEqualTo("queued");
        assertThat(get("/shop/c2/exports/r2").body()).isEqualTo("denied");
        context.getBean(com.kelviq.sdk.blocking.KelviqBlockingClient.class).reporting().flush(Duration.ofSeconds(5));
        assertThat(server.events()).extracting(ReportedEvent::getIdempotencyKey).containsExactly("r1");
        assertThat(server.eventCount("c1", "exports.used")).isEqualTo(1);
    }

    @Test
    void theWebhookEndpointAcceptsASignedDeliveryAndRejectsATamperedOne() throws Exception {
        start();
        WebhookSigner signer = server.webhookSigner(SECRET);
        String payload = signer.payload("subscription.updated", Map.of("object", "subscription", "customer", Map.of("customer_id", "c1")));
        Map<String, String> headers = signer.headers(payload);
        assertThat(post("/kelviq/webhooks", payload, headers)).isEqualTo(200);
        assertThat(post("/kelviq/webhooks", payload, headers)).isEqualTo(200); // Kelviq's retry of it: answered, not published again
        assertThat(post("/kelviq/webhooks", payload.replace("c1", "c2"), headers)).isEqualTo(400);
        assertThat(post("/kelviq/webhooks", payload, Map.of())).isEqualTo(400);
        assertThat(signer.deliver(url("/kelviq/webhooks"), signer.payload("customer.created", Map.of("object", "customer", "customer_id", "c9"))))
                .isEqualTo(200);
        assertThat(context.getBean(ShopEvents.class).webhooks).containsExactly("subscription.updated:c1", "customer.created:c9");
    }

    @Test
    void actuatorShowsTheKelviqHealthComponentAndTheRequestTimers() throws Exception {
        start();
        get("/shop/c1/exports/r1");
        JsonNode health = json.readTree(get("/actuator/health").body());
        assertThat(health.at("/components/kelviq/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/kelviq/details/reason").asString()).isEqualTo("OK");
        assertThat(health.at("/components/kelviq/details/reporter.queueDepth").isNumber()).isTrue();
        get("/actuator/health");
        assertThat(server.requestCount(RequestMatcher.pathPrefix("/edge/"))).as("one probe for two health checks, one entitlement check").isEqualTo(2);

        // The cache loads all of a customer's entitlements on a miss; the health probe is timed too.
        JsonNode metrics = json.readTree(get("/actuator/metrics/kelviq.client.requests?tag=operation:entitlements.getAllEntitlements").body());
        assertThat(metrics.at("/measurements/0/statistic").asString()).isEqualTo("COUNT");
        assertThat(metrics.at("/measurements/0/value").asDouble()).isEqualTo(1.0);
        JsonNode probes = json.readTree(get("/actuator/metrics/kelviq.client.requests?tag=operation:health.probe&tag=status:2xx").body());
        assertThat(probes.at("/measurements/0/value").asDouble()).isEqualTo(1.0);
        JsonNode operations = json.readTree(get("/actuator/metrics/kelviq.client.requests").body()).at("/availableTags");
        Set<String> tags = new HashSet<>();
        operations.forEach(tag -> tags.add(tag.get("tag").asString()));
        assertThat(tags).contains("operation", "status", "exception");
    }

    @Test
    void eachKelviqCallIsAnObservationUnderTheServerRequestThatMadeIt() throws Exception {
        start();
        assertThat(get("/shop/c1/exports/r1").body()).isEqualTo("queued");
        java.util.List<io.micrometer.observation.Observation.Context> stopped = context.getBean(ShopObservations.class).stopped;
        io.micrometer.observation.Observation.Context call = stopped.stream()
                .filter(c -> c.getName().equals(com.kelviq.sdk.metrics.KelviqObservations.NAME)).findFirst().orElseThrow();
        assertThat(call.getContextualName()).isEqualTo("kelviq entitlements.getAllEntitlements");
        assertThat(call.getParentObservation()).as("the server request's observation").isNotNull();
        assertThat(call.getParentObservation().getContextView().getName()).isEqualTo("http.server.requests");
        assertThat(server.requests(RequestMatcher.pathPrefix("/edge/")).get(0).getHeaders().keySet()).doesNotContain("traceparent"); // no tracer here
    }

    @Test
    void aRejectedKeyMakesTheKelviqComponentDown() throws Exception {
        start("kelviq.api-key=kelviq_wrong_key");
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode health = json.readTree(response.body());
        assertThat(health.at("/components/kelviq/status").asString()).isEqualTo("DOWN");
        assertThat(health.at("/components/kelviq/details/reason").asString()).isEqualTo("KEY_REJECTED");
        assertThat(response.body()).doesNotContain("kelviq_wrong_key");
    }

    @Test
    void shuttingDownDeliversEveryQueuedReport() throws Exception {
        start();
        server.delayNext(EVENTS, 40, Duration.ofMillis(50));
        List<String> keys = exportThenStop(40);
        ShopEvents events = lastEvents;
        Set<String> delivered = server.events().stream().map(ReportedEvent::getIdempotencyKey).collect(Collectors.toSet());
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(events.undelivered).isEmpty();
    }

    @Test
    void whatShutdownCannotDeliverInTimeGoesToTheFailureHandlerNotNowhere() throws Exception {
        start("kelviq.reporter.close-timeout=300ms", "kelviq.reporter.senders=1");
        server.delayNext(EVENTS, 20, Duration.ofMillis(200));
        List<String> keys = exportThenStop(20);
        ShopEvents events = lastEvents;
        Thread.sleep(400); // a send aborted at the deadline may still be finishing on the server
        Set<String> accounted = server.events().stream().map(ReportedEvent::getIdempotencyKey).collect(Collectors.toSet());
        Set<String> handedOff = events.undelivered.stream().map(r -> ((PendingReport.Event) r).getParams().getIdempotencyKey())
                .collect(Collectors.toSet());
        accounted.addAll(handedOff);
        assertThat(handedOff).isNotEmpty();
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(keys);
    }
}
