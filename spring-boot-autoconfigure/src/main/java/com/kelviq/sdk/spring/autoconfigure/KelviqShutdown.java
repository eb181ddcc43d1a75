package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.KelviqCore;
import com.kelviq.sdk.ReporterStats;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Closes the shared {@link KelviqCore} when the application stops: after the web server has stopped taking
 * requests (and finished those in flight, under {@code server.shutdown=graceful}) and before the context destroys
 * its beans. Closing lets the background reporter send what is queued for {@code kelviq.reporter.close-timeout},
 * then hands each report still unsent to the report failure handler: none is dropped silently.
 */
public final class KelviqShutdown implements SmartLifecycle {
    /**
     * The lifecycle phase: below the web server's ({@code Integer.MAX_VALUE - 2048}, stopped before this) and
     * its graceful shutdown's ({@code Integer.MAX_VALUE - 1024}), so requests still being served can use the client.
     */
    public static final int PHASE = Integer.MAX_VALUE - 4096;

    private static final Logger LOG = LoggerFactory.getLogger(KelviqShutdown.class);

    private final KelviqBlockingClient client;
    private volatile boolean running;

    /** @param client a client over the core to close at shutdown */
    public KelviqShutdown(KelviqBlockingClient client) {
        this.client = client;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        KelviqCore core = client.core();
        if (core.isClosed()) {
            return;
        }
        long started = System.nanoTime();
        core.close();
        ReporterStats stats = client.reporting().stats();
        LOG.info("Kelviq client closed in {} ms: {} reports sent, {} failed or rejected (handed to the failure handler)",
                (System.nanoTime() - started) / 1_000_000, stats.getSent(), stats.getFailed() + stats.getRejected());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public String toString() {
        return "KelviqShutdown(phase=" + PHASE + ", running=" + running + ")";
    }
}
