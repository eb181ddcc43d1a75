package com.kelviq.sdk.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The hand-written POST baseline: the same {@code POST /api/v1/report/event/} JSON body the SDK sends
 * (customer, event name, a fresh idempotency key, a timestamp), with the JDK's {@link HttpClient}
 * (HTTP/1.1, keep-alive), checking only the status. No retries, no validation, no decoding.
 */
public final class JdkEventClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI eventUrl;
    private final String authorization;

    /** A client of the API at {@code baseUrl} (e.g. {@code http://127.0.0.1:1234}) with {@code apiKey}. */
    public JdkEventClient(String baseUrl, String apiKey) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        this.eventUrl = URI.create(baseUrl + "/api/v1/report/event/");
        this.authorization = "Bearer " + apiKey;
    }

    /** Reports one {@code eventName} event of {@code customerId} with a fresh key; returns the status (2xx expected). */
    public int report(String customerId, String eventName) throws IOException, InterruptedException {
        return reportWithKey(customerId, eventName, UUID.randomUUID().toString().replace("-", ""));
    }

    /** Like {@link #report} with the idempotency key {@code key}; a non-2xx status is returned, not thrown. */
    public int reportWithKey(String customerId, String eventName, String key) throws IOException, InterruptedException {
        String body = "{\"customerId\":\"" + customerId + "\",\"eventName\":\"" + eventName + "\",\"idempotencyKey\":\"" + key
            + "\",\"timestamp\":\"2025-05-23 10:30:00.123456\"}";
        HttpRequest request = HttpRequest.newBuilder(eventUrl)
            .timeout(TIMEOUT)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }
}
