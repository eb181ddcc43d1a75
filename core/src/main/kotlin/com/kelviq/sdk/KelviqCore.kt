package com.kelviq.sdk

import com.kelviq.sdk.internal.CoreServices
import com.kelviq.sdk.internal.runtime.NanoClock
import com.kelviq.sdk.internal.transport.KelviqTransport

/**
 * One connection pool, entitlement cache and background reporter, shared by every client flavour built
 * over it: `KelviqClient` (coroutines), `ReactorKelviqClient` (Reactor), `KelviqBlockingClient` and
 * `KelviqAsyncClient` (Java). A core has no operations of its own; build a flavour over it
 * (e.g. `ReactorKelviqClient.create(core)`) to share it.
 *
 * Thread-safe. [close] is idempotent; afterwards every call of every client over this core fails with a
 * [com.kelviq.sdk.errors.KelviqClosedException].
 */
public class KelviqCore internal constructor(
    /** The configuration this core was built with. */
    public val config: KelviqConfig,
    transport: KelviqTransport,
    clock: NanoClock = NanoClock.SYSTEM,
) : AutoCloseable {

    internal val services: CoreServices = CoreServices.create(config, transport, clock)

    /** Whether [close] was called. */
    public val isClosed: Boolean get() = services.isClosed

    /**
     * Refuses new calls at once, lets the background reporter send what is queued for up to
     * [ReporterConfig.closeTimeout] (blocking the calling thread meanwhile; reports still unsent are
     * handed to [ReporterConfig.failureHandler]), then aborts calls in flight and releases the HTTP
     * connections. Idempotent.
     */
    override fun close() {
        services.close()
    }

    /** Shows the configuration, never the API key. */
    override fun toString(): String = "KelviqCore(config=$config)"

    /** Factories. */
    public companion object {
        /** A core over the engine [KelviqConfig.connection] names (the JDK client by default), configured by [config]. */
        @JvmStatic
        public fun create(config: KelviqConfig): KelviqCore = KelviqCore(config, KelviqTransport(config))
    }
}
