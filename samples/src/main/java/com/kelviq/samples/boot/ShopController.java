package com.kelviq.samples.boot;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.model.ReportEventParams;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /exports/{customerId}}: checks the customer's {@code exports} entitlement (answered from the cache
 * after the first check) and, when allowed, reports the export as a usage event in the background: the request
 * does not wait for Kelviq, and the event is delivered even if the application stops right after.
 */
@RestController
public class ShopController {
    private final KelviqBlockingClient kelviq;

    /** @param kelviq the starter's client bean */
    public ShopController(KelviqBlockingClient kelviq) {
        this.kelviq = kelviq;
    }

    /** Exports for a customer, if their plan allows it. */
    @PostMapping("/exports/{customerId}")
    public Map<String, Object> export(@PathVariable("customerId") String customerId) {
        if (!kelviq.entitlements().hasAccess(customerId, "exports")) {
            return Map.of("exported", false, "reason", "upgrade your plan to export");
        }
        String exportId = UUID.randomUUID().toString();
        boolean queued = kelviq.reporting().enqueueEvent(ReportEventParams.builder()
            .customerId(customerId).eventName("export.created").idempotencyKey(exportId).build());
        return Map.of("exported", true, "exportId", exportId, "usageQueued", queued);
    }
}
