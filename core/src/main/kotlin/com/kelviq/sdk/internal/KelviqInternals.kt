package com.kelviq.sdk.internal

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.KelviqCore
import io.ktor.client.engine.HttpClientEngine

/** Entry points for the SDK's own modules and tests. Not for applications. */
@InternalKelviqApi
public object KelviqInternals {
    /** A core whose HTTP goes through [engine] (e.g. Ktor's `MockEngine`) instead of CIO. */
    @JvmStatic
    public fun coreWithEngine(config: KelviqConfig, engine: HttpClientEngine): KelviqCore =
        KelviqCore(config, KelviqTransport(config, engine))

    /**
     * Like [coreWithEngine], with [nanoTime] as the clock of the entitlement cache (a monotonic
     * nanosecond reading like `System.nanoTime()`), so that tests can move time by hand.
     */
    @JvmStatic
    public fun coreWithEngine(config: KelviqConfig, engine: HttpClientEngine, nanoTime: () -> Long): KelviqCore =
        KelviqCore(config, KelviqTransport(config, engine), NanoClock { nanoTime() })
}
