package com.kelviq.sdk.spring.autoconfigure;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The webhook endpoint on WebFlux: {@code POST kelviq.webhooks.path}. The body is gathered without blocking; the
 * verification and the listeners run on {@code Schedulers.boundedElastic()}, never on the event loop, since
 * application listeners may block.
 */
final class ReactiveWebhookEndpoint {
    private ReactiveWebhookEndpoint() {
    }

    static RouterFunction<ServerResponse> route(String path, WebhookReceiver receiver) {
        return RouterFunctions.route().POST(path, request -> handle(request, receiver)).build();
    }

    private static Mono<ServerResponse> handle(ServerRequest request, WebhookReceiver receiver) {
        return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), WebhookReceiver.MAX_BYTES)
                .map(ReactiveWebhookEndpoint::bytes)
                .defaultIfEmpty(new byte[0])
                .publishOn(Schedulers.boundedElastic())
                .map(body -> receiver.receive(body, WebhookReceiver.headers(request.headers().asHttpHeaders())))
                .onErrorResume(DataBufferLimitException.class, e -> Mono.just(WebhookReceiver.TOO_LARGE))
                .flatMap(answer -> ServerResponse.status(answer.status).contentType(MediaType.APPLICATION_JSON).bodyValue(answer.body));
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
