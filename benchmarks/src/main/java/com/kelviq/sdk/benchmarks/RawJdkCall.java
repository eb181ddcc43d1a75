package com.kelviq.sdk.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The cold-start baseline without any JSON library: one GET with the JDK client and a substring check. */
final class RawJdkCall {
    private RawJdkCall() {
    }

    static boolean hasAccess(String edgeUrl, String apiKey) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(edgeUrl + "/api/v1/entitlements/?customer_id="
                + BenchServer.CUSTOMER + "&feature_id=" + BenchServer.FEATURE))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + apiKey)
            .header("Accept", "application/json")
            .GET()
            .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"hasAccess\":true");
    }
}
