package com.kelviq.sdk.spring.autoconfigure.app;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.ReportEventParams;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A Spring MVC shop: a controller checks an entitlement with the blocking client and reports usage in the background. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({MvcShopApplication.ShopController.class, ShopTestBeans.class})
public class MvcShopApplication {
    @RestController
    static class ShopController {
        private final KelviqBlockingClient kelviq;

        ShopController(KelviqBlockingClient kelviq) {
            this.kelviq = kelviq;
        }

        @GetMapping("/shop/{customerId}/{featureId}/{requestId}")
        String use(@PathVariable("customerId") String customerId, @PathVariable("featureId") String featureId, @PathVariable("requestId") String requestId) {
            if (!kelviq.entitlements().hasAccess(customerId, featureId)) {
                return "denied";
            }
            boolean queued = kelviq.reporting().enqueueEvent(ReportEventParams.builder()
                    .customerId(customerId).eventName(featureId + ".used").idempotencyKey(requestId).build());
            return queued ? "queued" : "refused";
        }
    }
}
