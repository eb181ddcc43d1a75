package com.kelviq.sdk

import com.kelviq.sdk.internal.InternalKelviqApi
import com.kelviq.sdk.internal.fleet.FleetEvents
import com.kelviq.sdk.internal.fleet.FleetSession

/**
 * A store shared by every instance of a service, for fleet mode: `RedisFleet` of the `kelviq-sdk-redis` module.
 * Set it with [KelviqConfig.Builder.fleet]; instances sharing one then share one entitlement snapshot per customer,
 * one refresh per customer across the fleet, and invalidations. Trouble with the store never stops a client: it
 * answers from its own memory and the API meanwhile. Implemented by the SDK's modules only.
 */
public interface Fleet {
    /** Connects one client to the store; [events] hears the other instances. Called by the SDK. */
    @InternalKelviqApi
    public fun open(events: FleetEvents): FleetSession
}
