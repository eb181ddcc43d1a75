package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.ReporterStats;
import com.kelviq.sdk.SpoolStats;
import com.kelviq.sdk.health.KelviqHealth;
import com.kelviq.sdk.health.KelviqHealthProbe;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code kelviq} component of {@code /actuator/health}: up when the edge answered and accepted the API key,
 * down when it rejected the key, answered 5xx or could not be reached, answered from a {@link KelviqHealthProbe}
 * (one probe per {@code kelviq.health.cache-for}, so health checks never hammer the API). Details: the probe's
 * reason, time, latency and HTTP status, and the background reporter's queue depth and counters (and spool in
 * fleet mode).
 */
public class KelviqHealthIndicator implements HealthIndicator {
    private final KelviqHealthProbe probe;

    /** @param probe the probe whose answers this indicator shows */
    public KelviqHealthIndicator(KelviqHealthProbe probe) {
        this.probe = probe;
    }

    @Override
    public Health health() {
        KelviqHealth health = probe.check();
        Health.Builder builder = health.getStatus() == KelviqHealth.Status.UP ? Health.up() : Health.down();
        builder.withDetail("reason", health.getReason().name())
                .withDetail("checkedAt", health.getCheckedAt().toString())
                .withDetail("latencyMs", health.getLatency().toMillis());
        if (health.getHttpStatus() != null) {
            builder.withDetail("httpStatus", health.getHttpStatus());
        }
        if (health.getError() != null) {
            builder.withDetail("error", health.getError());
        }
        ReporterStats reporter = health.getReporter();
        builder.withDetail("reporter.queueDepth", reporter.getQueueDepth())
                .withDetail("reporter.sent", reporter.getSent())
                .withDetail("reporter.retried", reporter.getRetried())
                .withDetail("reporter.failed", reporter.getFailed())
                .withDetail("reporter.rejected", reporter.getRejected());
        SpoolStats spool = reporter.getSpool();
        if (spool != null) {
            builder.withDetail("reporter.spool.depth", spool.getDepth())
                    .withDetail("reporter.spool.deadLetters", spool.getDeadLetters());
        }
        return builder.build();
    }

    @Override
    public String toString() {
        return "KelviqHealthIndicator(" + probe + ")";
    }
}
