package com.kelviq.sdk.internal.cache

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.internal.fleet.FleetTier
import com.kelviq.sdk.internal.runtime.NanoClock
import com.kelviq.sdk.internal.transport.TraceParent
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import java.time.Duration
import java.util.concurrent.ConcurrentHashMap
import kotlin.coroutines.EmptyCoroutineContext
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Deferred
import kotlinx.coroutines.Job
import kotlinx.coroutines.async
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.withTimeoutOrNull
import org.slf4j.Logger
import org.slf4j.LoggerFactory

/**
 * Per-customer snapshots of all entitlements, with single-flight loads, stale-while-revalidate,
 * stale-if-error and a least-recently-used bound.
 *
 * The hit path ([cached]) takes no lock and allocates nothing: two volatile reads and a map lookup.
 * Misses go through [load]: concurrent misses for one customer share one [Deferred] running on
 * [scope], so a caller's cancellation never cancels the load others wait for.
 */
internal class EntitlementCache(
    config: EntitlementCacheConfig,
    private val scope: CoroutineScope,
    private val clock: NanoClock,
    private val loader: suspend (customerId: String, options: RequestOptions) -> CustomerEntitlements,
    /** The shared tier in fleet mode: loads go through it, and invalidations reach every instance. */
    private val fleet: FleetTier? = null,
    private val wallClockMillis: () -> Long = System::currentTimeMillis,
    /**
     * How long a caller that joins a load already in flight (another caller's, or a background refresh) waits for
     * it: its own worst case under its options. `null`: as long as the load takes.
     */
    private val joinWait: (RequestOptions) -> Duration? = { null },
) {
    private val log: Logger = LoggerFactory.getLogger("com.kelviq.sdk.cache")
    private val maxCustomers = config.maxCustomers
    private val ttl = nanos(config.ttl)
    private val staleLimit = ttl.let { t -> val s = nanos(config.maxStaleness); if (s > Long.MAX_VALUE - t) Long.MAX_VALUE else t + s }
    private val errorBackoff = minOf(ttl, ERROR_BACKOFF_NANOS)
    private val entries = ConcurrentHashMap<String, Entry>()
    private val evictionLock = Any()

    private class Entry(now: Long) {
        @Volatile var snapshot: EntitlementSnapshot? = null
        @Volatile var loading: Deferred<EntitlementSnapshot>? = null
        @Volatile var lastAccess: Long = now

        /** After a failed background refresh, none is started before this time (when [refreshBlocked]). */
        @Volatile var refreshBlocked: Boolean = false
        @Volatile var refreshBlockedUntil: Long = 0

        /** Bumped by every invalidation; a load started under an older generation does not install its result. */
        var generation: Int = 0 // guarded by this
    }

    /**
     * Checks answered from a fresh snapshot, checks answered from one past its TTL (while it refreshes, or because
     * the API failed), checks that had to load, and entries evicted by the customer bound (metrics).
     */
    val hits = java.util.concurrent.atomic.LongAdder()
    val staleServed = java.util.concurrent.atomic.LongAdder()
    val misses = java.util.concurrent.atomic.LongAdder()
    val evictions = java.util.concurrent.atomic.LongAdder()

    /** The age in seconds of the oldest snapshot held, 0 when none (metrics; walks every entry). */
    fun oldestSnapshotAgeSeconds(): Double {
        val now = clock.nanoTime()
        var oldest = 0L
        for (e in entries.values) {
            val s = e.snapshot ?: continue
            oldest = maxOf(oldest, now - s.fetchedAt)
        }
        return oldest / 1e9
    }

    /** How many customers are cached now (for tests and stats). */
    val size: Int get() = entries.size

    /**
     * The snapshot to answer from without waiting, or `null` when the caller must [load].
     * Starts a background refresh when the snapshot is stale but within the staleness bound.
     */
    fun cached(customerId: String): EntitlementSnapshot? {
        val s = fresh(customerId)
        if (s == null) misses.increment()
        return s
    }

    private fun fresh(customerId: String): EntitlementSnapshot? {
        val e = entries[customerId] ?: return null
        if (fleet != null && !fleet.ready) return null // cannot hear invalidations yet: ask the shared tier
        val s = e.snapshot ?: return null
        if (s.invalidated) return null
        val now = clock.nanoTime()
        val age = now - s.fetchedAt
        if (age >= staleLimit) return null
        if (now - e.lastAccess > ACCESS_GRANULARITY_NANOS) e.lastAccess = now
        if (age >= ttl) {
            staleServed.increment()
            refreshInBackground(e, s, customerId, now)
        } else {
            hits.increment()
        }
        return s
    }

    /**
     * Loads (or joins the load in flight of) [customerId]'s snapshot. When the load fails with a
     * network error or a 5xx and a snapshot within the staleness bound exists, serves that one.
     */
    suspend fun load(customerId: String, options: RequestOptions): EntitlementSnapshot {
        Checks.id("customerId", customerId)
        val e = entryFor(customerId)
        // The load runs in the core's scope (shared by concurrent misses): the caller's trace goes with it.
        val trace = currentCoroutineContext()[TraceParent]
        var joined = true
        val deferred = synchronized(e) {
            val s = e.snapshot
            if (s != null && !s.invalidated && clock.nanoTime() - s.fetchedAt < staleLimit && fleet?.ready != false) return s
            e.loading ?: newLoad(e, customerId, options, background = false, trace).also { e.loading = it; joined = false }
        }
        deferred.start()
        return try {
            val wait = if (joined) joinWait(options) else null
            if (wait == null) deferred.await() else awaitAtMost(deferred, wait, customerId)
        } catch (ex: Throwable) {
            if (ex is CancellationException) throw ex
            val s = e.snapshot
            if (s != null && isTransient(ex) && clock.nanoTime() - s.fetchedAt < staleLimit) {
                log.warn("Kelviq entitlements of customer {} could not be refreshed ({}); serving the snapshot fetched {} s ago",
                    customerId, ex.toString(), ageSeconds(s))
                staleServed.increment()
                s
            } else {
                throw ex
            }
        }
    }

    /** Waits for another caller's load up to [wait] (the shared load goes on for the others when this one stops). */
    private suspend fun awaitAtMost(deferred: Deferred<EntitlementSnapshot>, wait: Duration, customerId: String): EntitlementSnapshot =
        withTimeoutOrNull(nanos(wait) / 1_000_000) { deferred.await() } ?: throw KelviqTimeoutException(
            "Waited ${wait.toMillis()} ms (this call's timeout) for the entitlements of customer $customerId, which another call " +
                "was already loading; that load goes on",
            null,
            0,
        )

    /**
     * Makes the next read of [customerId] ask the server; the old snapshot stays only as an error fallback.
     * In fleet mode every instance drops it too.
     */
    fun invalidate(customerId: String) {
        invalidateLocal(customerId)
        fleet?.invalidate(customerId)
    }

    /**
     * After a usage report or an event of [customerId] ([usage] when a usage report succeeded): the snapshot takes
     * the usage at once when it can ([OptimisticUsage]), else it is invalidated. In fleet mode this returns once the store
     * has the invalidation (within its timeout); the other instances hear it from there within milliseconds.
     */
    suspend fun afterReport(customerId: String, usage: ReportUsageParams?) {
        val applied = usage != null && applyUsage(customerId, usage.featureId, usage.behaviour, usage.value)
        if (!applied) invalidateLocal(customerId)
        fleet?.let { it.awaitBroadcast(it.invalidate(customerId)) }
    }

    /** [invalidate] on this instance only ([customerId] `null`: every customer), as another instance asked. */
    fun invalidateLocal(customerId: String?) {
        if (customerId == null) {
            for (e in entries.values) invalidate(e)
        } else {
            entries[customerId]?.let(::invalidate)
        }
    }

    /**
     * Applies a successful usage report to [customerId]'s snapshot ([OptimisticUsage]) when one is cached and
     * has a `METER` entry for [featureId]; `false` otherwise (the caller then invalidates). A load already in
     * flight for the customer no longer installs its answer (it may predate the report); the next one does.
     */
    private fun applyUsage(customerId: String, featureId: String, behaviour: UsageBehaviour, value: Long): Boolean {
        val e = entries[customerId] ?: return false
        synchronized(e) {
            val s = e.snapshot ?: return false
            if (s.invalidated) return false
            val updated = OptimisticUsage.apply(s.entitlements, featureId, behaviour, value) ?: return false
            e.generation++
            e.snapshot = EntitlementSnapshot(updated, s.fetchedAt)
        }
        return true
    }

    /** [invalidate]s every customer (on every instance in fleet mode). */
    fun invalidateAll() {
        invalidateLocal(null)
        fleet?.invalidate(null)
    }

    private fun invalidate(e: Entry) {
        synchronized(e) {
            e.generation++
            e.loading = null
            e.refreshBlocked = false
            e.snapshot = e.snapshot?.asInvalidated()
        }
    }

    private fun refreshInBackground(e: Entry, stale: EntitlementSnapshot, customerId: String, now: Long) {
        if (e.loading != null) return
        if (e.refreshBlocked && now - e.refreshBlockedUntil < 0) return
        val started = synchronized(e) {
            // Another refresh may have installed a newer snapshot since [stale] was read: then none is needed.
            if (e.loading != null || e.snapshot !== stale) return
            newLoad(e, customerId, RequestOptions.DEFAULT, background = true).also { e.loading = it }
        }
        started.start()
    }

    /** A lazily started load of [customerId]; call under `synchronized(e)` and start it after. */
    private fun newLoad(
        e: Entry, customerId: String, options: RequestOptions, background: Boolean, trace: TraceParent? = null,
    ): Deferred<EntitlementSnapshot> {
        val generation = e.generation
        return scope.async(trace ?: EmptyCoroutineContext, start = CoroutineStart.LAZY) {
            val self = currentCoroutineContext()[Job]
            val startedAt = clock.nanoTime()
            try {
                val snapshot = if (fleet == null) {
                    EntitlementSnapshot(loader(customerId, options), startedAt)
                } else {
                    // A snapshot another instance stored is as old as its fetch, not as this load.
                    val loaded = fleet.load(customerId) { loader(customerId, options) }
                    val ageNanos = (wallClockMillis() - loaded.fetchedAtMillis).coerceAtLeast(0) * 1_000_000
                    EntitlementSnapshot(loaded.entitlements, clock.nanoTime() - ageNanos)
                }
                synchronized(e) {
                    if (e.loading === self) e.loading = null
                    if (e.generation == generation) {
                        e.snapshot = snapshot
                        e.refreshBlocked = false
                    }
                }
                snapshot
            } catch (ex: Throwable) {
                synchronized(e) {
                    if (e.loading === self) e.loading = null
                    if (ex !is CancellationException && e.generation == generation) {
                        if (isTransient(ex)) {
                            e.refreshBlocked = true
                            e.refreshBlockedUntil = clock.nanoTime() + errorBackoff
                        } else {
                            e.snapshot = null // 401, 404, ...: the next read must see the error
                        }
                    }
                }
                if (background && ex !is CancellationException) {
                    val s = e.snapshot
                    if (s != null) {
                        log.warn("Kelviq entitlements of customer {} could not be refreshed ({}); serving the snapshot fetched {} s ago",
                            customerId, ex.toString(), ageSeconds(s))
                    } else {
                        log.warn("Kelviq entitlements of customer {} could not be refreshed ({}); snapshot dropped", customerId, ex.toString())
                    }
                }
                throw ex
            }
        }
    }

    private fun entryFor(customerId: String): Entry {
        entries[customerId]?.let { return it }
        val created = Entry(clock.nanoTime())
        val e = entries.putIfAbsent(customerId, created) ?: created
        if (e === created && entries.size > maxCustomers) evict()
        return e
    }

    /** Removes the least recently used entries down to the bound (less a small slack, to amortize the scan). */
    private fun evict() {
        synchronized(evictionLock) {
            val excess = entries.size - maxCustomers
            if (excess <= 0) return
            val now = clock.nanoTime()
            val victims = entries.entries.map { it.key to it.value }
                .sortedByDescending { now - it.second.lastAccess }
                .take(excess + maxCustomers / EVICTION_SLACK_DIVISOR)
            for ((key, entry) in victims) if (entries.remove(key, entry)) evictions.increment()
        }
    }

    private fun ageSeconds(s: EntitlementSnapshot): Long = (clock.nanoTime() - s.fetchedAt) / 1_000_000_000

    companion object {
        private const val ACCESS_GRANULARITY_NANOS = 1_000_000L // 1 ms: fewer writes on hot entries
        private const val ERROR_BACKOFF_NANOS = 5_000_000_000L // 5 s between failed background refreshes
        private const val EVICTION_SLACK_DIVISOR = 64

        /** Failures a stale snapshot may mask: the network, or the server's own (5xx). */
        fun isTransient(e: Throwable): Boolean = e is KelviqIoException || e is InternalServerException

        private fun nanos(d: Duration): Long = try {
            d.toNanos()
        } catch (e: ArithmeticException) {
            Long.MAX_VALUE
        }
    }
}
