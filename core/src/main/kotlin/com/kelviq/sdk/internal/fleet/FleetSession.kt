package com.kelviq.sdk.internal.fleet

import java.time.Duration
import java.util.concurrent.CompletableFuture

/**
 * One client's connection to a fleet store (the SPI `kelviq-sdk-redis` implements). Every operation is
 * asynchronous and may fail (the store down, a timeout): the SDK bounds each by [operationTimeout] and falls back
 * to its own memory and the API. Keys are the customer ids as given; the store makes them safe.
 */
public interface FleetSession : AutoCloseable {
    /** This client's id in the fleet (its own invalidations come back to it and are ignored). */
    public val instanceId: String

    /** How long a caller waits for the store at most (per operation). */
    public val operationTimeout: Duration

    /** How long a lock taken to refresh a customer lives at most (the holder crashing frees it then). */
    public val lockTtl: Duration

    /** How long an instance that finds the lock taken waits for the holder's snapshot before calling the API itself. */
    public val lockWait: Duration

    /** The stored snapshot of [customerId], or `null`. */
    public fun getSnapshot(customerId: String): CompletableFuture<String?>

    /** Stores [snapshot] for [customerId], kept for [ttl]. */
    public fun putSnapshot(customerId: String, snapshot: String, ttl: Duration): CompletableFuture<*>

    /** Takes the refresh lock of [customerId] for [ttl]: a token to [unlock] with, or `null` when another holds it. */
    public fun tryLock(customerId: String, ttl: Duration): CompletableFuture<String?>

    /** Releases the lock of [customerId] if [token] still holds it. */
    public fun unlock(customerId: String, token: String): CompletableFuture<*>

    /** Deletes the snapshot of [customerId] (every customer's when `null`) and tells every instance to drop it. */
    public fun invalidate(customerId: String?): CompletableFuture<*>

    /** Closes the connections; idempotent, never throws. */
    override fun close()
}

/** What a [FleetSession] tells its client. */
public interface FleetEvents {
    /** Another instance invalidated [customerId] (every customer when `null`): drop it from memory. */
    public fun invalidated(customerId: String?)

    /** The connection to the store came back after a loss: invalidations may have been missed, drop everything. */
    public fun resynchronize()
}
