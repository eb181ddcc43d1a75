package com.kelviq.sdk.spring.autoconfigure.app;

import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.reactor.ReactorKelviqClient;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A WebFlux shop: the same controller over the Reactor client. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({WebFluxShopApplication.ShopController.class, ShopTestBeans.class})
public class WebFluxShopApplication {
    @RestController
    static class ShopController {
        private final ReactorKelviqClient kelviq;

        ShopController(ReactorKelviqClient kelviq) {
            this.kelviq = kelviq;
        }

        @GetMapping("/shop/{customerId}/{featureId}/{requestId}")
        Mono<String> use(@PathVariable("customerId") String customerId, @PathVariable("featureId") String featureId, @PathVariable("requestId") String requestId) {
            return kelviq.entitlements().hasAccess(customerId, featureId).map(access -> {
                if (!access) {
                    return "denied";
                }
                boolean queued = kelviq.reporting().enqueueEvent(ReportEventParams.builder()
                        .customerId(customerId).eventName(featureId + ".used").idempotencyKey(requestId).build());
                return queued ? "queued" : "refused";
            });
        }
    }
}
