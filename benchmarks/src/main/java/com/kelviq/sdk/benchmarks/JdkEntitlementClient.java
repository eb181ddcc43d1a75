package com.kelviq.sdk.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The hand-written baseline: the same {@code GET /edge/api/v1/entitlements/?customer_id=..&feature_id=..}
 * the SDK sends (bearer and accept headers), with the JDK's {@link HttpClient} (HTTP/1.1, keep-alive),
 * then {@link EntitlementJson#hasAccess}. No retries, no validation, no error mapping.
 */
public final class JdkEntitlementClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final String entitlementsUrl;
    private final String authorization;

    /** A client of the edge at {@code edgeUrl} (e.g. {@code http://127.0.0.1:1234/edge}) with {@code apiKey}. */
    public JdkEntitlementClient(String edgeUrl, String apiKey) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        this.entitlementsUrl = edgeUrl + "/api/v1/entitlements/";
        this.authorization = "Bearer " + apiKey;
    }

    /** Asks the server whether {@code customerId} has access to {@code featureId}. */
    public boolean hasAccess(String customerId, String featureId) throws IOException, InterruptedException {
        URI uri = URI.create(entitlementsUrl
            + "?customer_id=" + URLEncoder.encode(customerId, StandardCharsets.UTF_8)
            + "&feature_id=" + URLEncoder.encode(featureId, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .GET()
            .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("Unexpected status " + response.statusCode());
        }
        return EntitlementJson.hasAccess(response.body(), featureId);
    }
}
