package com.kelviq.samples;

import com.kelviq.sdk.webhooks.WebhookEvent;
import com.kelviq.sdk.webhooks.WebhookHandler;
import com.kelviq.sdk.webhooks.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny webhook endpoint on the JDK's HTTP server, {@code POST /webhooks/kelviq} on 127.0.0.1: it hands each
 * delivery to the client's {@link WebhookHandler} and answers 200 for a verified delivery (also a repeated one,
 * so Kelviq stops retrying it) and 400 for one that fails verification. Your framework's controller does the same.
 */
public final class WebhookEndpoint implements AutoCloseable {
    private final HttpServer server;
    private final List<String> handled = new CopyOnWriteArrayList<>();

    private WebhookEndpoint(WebhookHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/webhooks/kelviq", exchange -> respond(exchange, handle(handler, exchange)));
        server.start();
    }

    /** Starts an endpoint handing deliveries to {@code handler} (a client's {@code webhooks()}). */
    public static WebhookEndpoint start(WebhookHandler handler) {
        try {
            return new WebhookEndpoint(handler);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the sample webhook endpoint", e);
        }
    }

    /** The endpoint's URL, {@code http://127.0.0.1:{port}/webhooks/kelviq}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/kelviq";
    }

    /** The types of the events handled so far (repeats and rejected deliveries excluded). */
    public List<String> handled() {
        return List.copyOf(handled);
    }

    private int handle(WebhookHandler handler, HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return 405;
        }
        String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        try {
            WebhookEvent event = handler.handle(payload, headers);
            if (event != null) {
                handled.add(event.getType());
            }
            return 200;
        } catch (WebhookVerificationException e) {
            return 400;
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
