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

    /** Reports one {@code eventName} event of {@code customerId}; returns the status (201 or 200 expected). */
    public int report(String customerId, String eventName) throws IOException, InterruptedException {
        String key = UUID.randomUUID().toString().replace("-", "");
        String body = "{\"customerId\":\"" + customerId + "\",\"eventName\":\"" + eventName + "\",\"idempotencyKey\":\"" + key
            + "\",\"timestamp\":\"2025-05-23 10:30:00.123456\"}";
        HttpRequest request = HttpRequest.newBuilder(eventUrl)
            .timeout(TIMEOUT)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("Unexpected status " + response.statusCode());
        }
        return response.statusCode();
    }
}
