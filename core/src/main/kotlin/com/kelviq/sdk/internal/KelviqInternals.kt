package com.kelviq.sdk.internal

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.internal.runtime.NanoClock
import com.kelviq.sdk.internal.runtime.RuntimeCompatibility
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.RetryPolicy
import io.ktor.client.engine.HttpClientEngine
import java.time.Duration

/** Entry points for the SDK's own modules and tests. Not for applications. */
@InternalKelviqApi
public object KelviqInternals {
    /** A core whose HTTP goes through [engine] (e.g. Ktor's `MockEngine`) instead of the configured one. */
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

    /**
     * A core over the configured engine, like [KelviqCore.create], whose retries wait a full-jitter backoff
     * in `[0, min(maxBackoff, initialBackoff * 2^(retry-1))]` instead of the default 0.5 s doubling up to 8 s.
     * `Retry-After` is still honoured as sent. For fault-injection tests over real HTTP that must not sleep long.
     */
    @JvmStatic
    public fun coreWithRetryPolicy(config: KelviqConfig, initialBackoff: Duration, maxBackoff: Duration): KelviqCore =
        KelviqCore(config, KelviqTransport(config, retryPolicy = RetryPolicy(initialBackoff, maxBackoff)))

    /**
     * Throws a [com.kelviq.sdk.errors.KelviqException] naming each library the Reactor flavour runs on
     * (kotlin-stdlib, kotlinx-coroutines, kotlinx-serialization, Ktor, reactor-core) that is older than
     * it needs, with the Maven property that fixes it. The versions are read once per JVM.
     */
    @JvmStatic
    public fun requireCompatibleWithReactor() {
        RuntimeCompatibility.requireCompatibleWithReactor()
    }

    /** What [core] runs: its services and futures bridges, for the flavour modules. */
    @JvmStatic
    public fun services(core: KelviqCore): CoreServices = core.services
}
