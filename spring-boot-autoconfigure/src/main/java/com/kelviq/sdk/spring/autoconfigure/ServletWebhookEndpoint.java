package com.kelviq.sdk.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** The webhook endpoint on Spring MVC: {@code POST kelviq.webhooks.path}. */
final class ServletWebhookEndpoint {
    private ServletWebhookEndpoint() {
    }

    static RouterFunction<ServerResponse> route(String path, WebhookReceiver receiver) {
        return RouterFunctions.route().POST(path, request -> handle(request, receiver)).build();
    }

    private static ServerResponse handle(ServerRequest request, WebhookReceiver receiver) throws IOException {
        byte[] body;
        try (InputStream in = request.servletRequest().getInputStream()) {
            body = in.readNBytes(WebhookReceiver.MAX_BYTES + 1);
        }
        WebhookReceiver.Answer answer = receiver.receive(body, WebhookReceiver.headers(request.headers().asHttpHeaders()));
        return ServerResponse.status(answer.status).contentType(MediaType.APPLICATION_JSON).body(answer.body);
    }
}
