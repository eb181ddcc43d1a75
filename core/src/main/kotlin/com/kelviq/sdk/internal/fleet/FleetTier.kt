package com.kelviq.sdk.internal.fleet

import com.kelviq.sdk.internal.cache.EntitlementCache
import com.kelviq.sdk.model.CustomerEntitlements
import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.atomic.AtomicBoolean
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.delay
import kotlinx.coroutines.future.await
import kotlinx.coroutines.withTimeoutOrNull
import org.slf4j.LoggerFactory

/**
 * The shared tier (L2) of the entitlement cache in fleet mode: read the store, else take the customer's refresh lock
 * and fetch (writing the answer through), else wait a bounded time for the lock holder's snapshot, else fetch. Every
 * store operation is bounded by the session's timeout; a failing store is logged once at warn (and once at info when
 * it answers again) and bypassed, so the client keeps answering from memory and the API.
 */
internal class FleetTier(
    private val session: FleetSession,
    /** How long a stored snapshot answers without a refresh (the cache's TTL). */
    private val ttl: Duration,
    /** How long a stored snapshot is kept (TTL plus the staleness bound). */
    private val retention: Duration,
    private val wallClockMillis: () -> Long = System::currentTimeMillis,
) {
    private val log = LoggerFactory.getLogger("com.kelviq.sdk.fleet")
    private val down = AtomicBoolean(false)
    private val lastProbe = java.util.concurrent.atomic.AtomicLong(System.nanoTime())
    private val timeoutMillis = session.operationTimeout.toMillis().coerceAtLeast(1)

    /** Whether the cache may answer from memory: see [FleetSession.ready]. */
    val ready: Boolean get() = session.ready

    /** Entitlements and when they were fetched from the API (epoch millis; earlier than now for a stored snapshot). */
    class Loaded(val entitlements: CustomerEntitlements, val fetchedAtMillis: Long)

    suspend fun load(customerId: String, fetch: suspend () -> CustomerEntitlements): Loaded {
        val stored = read(customerId)
        if (stored != null && isFresh(stored)) return Loaded(stored.entitlements, stored.fetchedAtMillis)
        try {
            return refresh(customerId, stored, fetch)
        } catch (e: Exception) {
            // Stale-if-error across the fleet: a stored snapshot within the staleness bound beats a network error or a 5xx.
            if (stored != null && EntitlementCache.isTransient(e)) {
                log.warn("Kelviq entitlements of customer {} could not be refreshed ({}); serving the fleet's snapshot fetched {} s ago",
                    customerId, e.toString(), (wallClockMillis() - stored.fetchedAtMillis) / 1000)
                return Loaded(stored.entitlements, stored.fetchedAtMillis)
            }
            throw e
        }
    }

    private suspend fun refresh(customerId: String, stored: SnapshotCodec.Stored?, fetch: suspend () -> CustomerEntitlements): Loaded {
        val token = call("lock") { session.tryLock(customerId, session.lockTtl) }
        if (token != null) {
            // Another instance may have stored a snapshot and released the lock between our read and our lock.
            val again = read(customerId)
            if (again != null && isFresh(again) && (stored == null || again.fetchedAtMillis > stored.fetchedAtMillis)) {
                guarded { session.unlock(customerId, token) }
                return Loaded(again.entitlements, again.fetchedAtMillis)
            }
        }
        if (token != null || down.get()) return fetchAndStore(customerId, fetch, token)
        // Another instance holds the lock: its snapshot should land soon. When there is none (an invalidation deleted
        // it, or the holder is done without storing), the lock is tried again, so no waiter sits out the whole wait.
        val waitUntil = System.nanoTime() + session.lockWait.toNanos()
        while (System.nanoTime() - waitUntil < 0) {
            delay(POLL_MILLIS)
            val next = read(customerId)
            if (next != null && isFresh(next) && (stored == null || next.fetchedAtMillis > stored.fetchedAtMillis)) {
                return Loaded(next.entitlements, next.fetchedAtMillis)
            }
            if (down.get()) break
            if (next == null || !isFresh(next)) {
                val mine = call("lock") { session.tryLock(customerId, session.lockTtl) }
                if (mine != null) return fetchAndStore(customerId, fetch, mine)
            }
        }
        return fetchAndStore(customerId, fetch, null)
    }

    /** Drops [customerId] (every customer when `null`) from the store and from every instance's memory. */
    fun invalidate(customerId: String?): CompletableFuture<*> =
        guarded { session.invalidate(customerId) }.whenComplete { _, error -> if (error != null) markDown(error) else markUp() }

    /** Waits (within the operation timeout) until [broadcast], an [invalidate], has reached the store. */
    suspend fun awaitBroadcast(broadcast: CompletableFuture<*>) {
        try {
            withTimeoutOrNull(timeoutMillis) { broadcast.await() }
        } catch (e: CancellationException) {
            throw e
        } catch (e: Exception) {
            // already logged by [invalidate]
        }
    }

    private suspend fun fetchAndStore(customerId: String, fetch: suspend () -> CustomerEntitlements, token: String?): Loaded {
        try {
            val fetchedAt = wallClockMillis()
            val entitlements = fetch()
            call("write") { session.putSnapshot(customerId, SnapshotCodec.encode(entitlements, fetchedAt), retention) }
            return Loaded(entitlements, fetchedAt)
        } finally {
            if (token != null) guarded { session.unlock(customerId, token) }.whenComplete { _, error -> if (error != null) markDown(error) }
        }
    }

    private suspend fun read(customerId: String): SnapshotCodec.Stored? =
        call("read") { session.getSnapshot(customerId) }?.let(SnapshotCodec::decode)

    private fun isFresh(s: SnapshotCodec.Stored): Boolean = wallClockMillis() - s.fetchedAtMillis < ttl.toMillis()

    /**
     * Runs one store operation within the timeout; `null` when it fails or takes too long (the store is then marked
     * down). While the store is down, operations are skipped at once except one probe a second, so a store that hangs
     * costs a caller at most one timeout.
     */
    private suspend fun <T : Any> call(what: String, op: () -> CompletableFuture<out T?>): T? {
        if (down.get()) {
            val now = System.nanoTime()
            val last = lastProbe.get()
            if (now - last < PROBE_INTERVAL_NANOS || !lastProbe.compareAndSet(last, now)) return null
        }
        return try {
            val future = op()
            val result = withTimeoutOrNull(timeoutMillis) { future.await() }
            if (result == null && !future.isDone) {
                future.cancel(false)
                markDown(IllegalStateException("$what took longer than ${session.operationTimeout.toMillis()} ms"))
            } else {
                markUp()
            }
            result
        } catch (e: CancellationException) {
            throw e
        } catch (e: Exception) {
            markDown(e)
            null
        }
    }

    /** [op]'s future, or a failed one when the store throws instead of failing it. */
    private fun guarded(op: () -> CompletableFuture<*>): CompletableFuture<*> = try {
        op()
    } catch (e: Exception) {
        CompletableFuture.failedFuture<Any>(e)
    }

    private fun markDown(error: Throwable) {
        lastProbe.set(System.nanoTime())
        if (down.compareAndSet(false, true)) {
            log.warn("Kelviq fleet store unavailable ({}); answering from this instance's memory and the API until it is back", error.toString())
        }
    }

    private fun markUp() {
        if (down.compareAndSet(true, false)) log.info("Kelviq fleet store reachable again; sharing entitlement snapshots again")
    }

    private companion object {
        const val POLL_MILLIS = 20L
        const val PROBE_INTERVAL_NANOS = 1_000_000_000L
    }
}
