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

    /**
     * Whether this client hears the other instances' invalidations yet. Until it does (just after start), the cache
     * answers no check from memory alone; once the first subscription succeeded or failed (the store away), memory
     * answers again, as without fleet mode.
     */
    public val ready: Boolean

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

    /** How long a spooled report read by an instance stays its own before a live instance may claim it. */
    public val spoolClaimAfter: Duration

    /**
     * Appends [entry] to the shared report spool, at most once per [reportId] whatever retries or delays the
     * connection brings: `false` when the spool is full (never trimmed), or when [reportId] was already decided
     * (appended, or [spoolRevoke]d). A future failed with [StoreUnreachableException] means nothing was sent.
     */
    public fun spoolAppend(entry: String, reportId: String): CompletableFuture<Boolean>

    /**
     * Decides the fate of a [spoolAppend] whose answer did not arrive: `true` when [reportId] was not appended, and
     * now never will be (its append, arriving late, is refused); `false` when it was appended (it is in the spool).
     */
    public fun spoolRevoke(reportId: String): CompletableFuture<Boolean>

    /** Takes up to [max] new spool entries for this instance (each stays pending until [spoolAck]). */
    public fun spoolRead(max: Int): CompletableFuture<List<SpoolEntry>>

    /** Takes up to [max] entries another instance read and left pending for longer than [spoolClaimAfter]. */
    public fun spoolClaim(max: Int): CompletableFuture<List<SpoolEntry>>

    /** Acknowledges and deletes the entry [id]. */
    public fun spoolAck(id: String): CompletableFuture<*>

    /** Appends [entry] to the dead-letter stream with [reason]. */
    public fun spoolDeadLetter(entry: String, reason: String): CompletableFuture<*>

    /** The spool's counts now. */
    public fun spoolStats(): CompletableFuture<com.kelviq.sdk.SpoolStats>

    /** Closes the connections; idempotent, never throws. */
    override fun close()
}

/** A store operation failed before anything was sent (no connection): its outcome is certain, nothing happened. */
public class StoreUnreachableException(message: String) : IllegalStateException(message)

/** One report in the shared spool: its stream [id] and its encoded [payload] (`ReportSpool`'s format). */
public class SpoolEntry(public val id: String, public val payload: String)

/** What a [FleetSession] tells its client. */
public interface FleetEvents {
    /** Another instance invalidated [customerId] (every customer when `null`): drop it from memory. */
    public fun invalidated(customerId: String?)

    /** The connection to the store came back after a loss: invalidations may have been missed, drop everything. */
    public fun resynchronize()
}
