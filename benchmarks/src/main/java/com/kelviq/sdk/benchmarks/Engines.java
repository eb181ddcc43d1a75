package com.kelviq.sdk.benchmarks;

import com.kelviq.sdk.ConnectionConfig;
import com.kelviq.sdk.EntitlementCacheConfig;
import com.kelviq.sdk.HttpEngine;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.internal.KelviqInternals;
import com.kelviq.sdk.testkit.KelviqTestServer;
import io.ktor.client.engine.java.Java;
import kotlin.Unit;

/**
 * The SDK clients the transport benchmarks compare, by {@code @Param engine}: {@code JAVA} (the default: the
 * SDK's engine over the JDK client), {@code CIO}, and {@code KTOR_JAVA} (Ktor's own Java engine over the
 * same JDK client, the engine first planned as the default; kept here to show why it is not).
 */
final class Engines {
    private Engines() {
    }

    static KelviqBlockingClient client(KelviqTestServer server, String engine) {
        KelviqConfig.Builder builder = server.configBuilder().entitlementCache(EntitlementCacheConfig.DISABLED);
        switch (engine) {
            case "JAVA":
                return KelviqBlockingClient.create(builder.build());
            case "CIO":
                return KelviqBlockingClient.create(builder.connection(ConnectionConfig.builder().engine(HttpEngine.CIO).build()).build());
            case "KTOR_JAVA":
                return KelviqBlockingClient.create(KelviqInternals.coreWithEngine(builder.build(), Java.INSTANCE.create(config -> Unit.INSTANCE)));
            default:
                throw new IllegalArgumentException("engine " + engine);
        }
    }
}
