package com.kelviq.sdk.internal.fleet

import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.SpoolStats
import com.kelviq.sdk.errors.ReportRejectedException
import com.kelviq.sdk.internal.reporting.notifySafely
import com.kelviq.sdk.model.UsageBehaviour
import java.time.Duration
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicLong
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.delay
import kotlinx.coroutines.future.await
import kotlinx.coroutines.isActive
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.sync.Semaphore
import kotlinx.coroutines.withTimeoutOrNull
import org.slf4j.LoggerFactory

/**
 * Fleet mode's durable report spool: `enqueueUsage`/`enqueueEvent` append to a stream every instance shares; each
 * instance's sender takes entries (a consumer group), sends them with the usual retry rules and acknowledges them
 * after the server's answer. Entries a dead instance left pending are claimed by a live one after
 * [FleetSession.spoolClaimAfter]: a claimed `DELTA` usage report may already have been counted, so it is never
 * resent but handed to the failure handler as [ReportRejectedException.Reason.POSSIBLY_PROCESSED] (and
 * dead-lettered); a claimed `SET` or event (whose idempotency key came with it) is resent.
 *
 * [enqueue] returns `false` when the spool cannot take the report (Redis down or slow past the timeout, spool
 * full): the caller then uses the in-memory reporter, so a report is never lost silently.
 */
internal class ReportSpool(
    private val session: FleetSession,
    private val config: ReporterConfig,
    private val scope: CoroutineScope,
    private val send: suspend (report: PendingReport, onRetry: () -> Unit) -> Unit,
    /** The in-memory reporter's intake, for a report the spool surely does not hold (it notifies the handler when full). */
    private val toMemory: (PendingReport) -> Boolean,
) {
    private val log = LoggerFactory.getLogger("com.kelviq.sdk.reporter")
    private val closed = AtomicBoolean(false)
    private val started = AtomicBoolean(false)
    private val outage = OutageLog(log, "Kelviq report spool unavailable ({}); queueing reports in memory until it is back",
        "Kelviq report spool reachable again")

    /** `DELTA` reports whose append's answer did not arrive: each is in the spool or not, decided by [resolveUncertain]. */
    private val uncertain = java.util.concurrent.ConcurrentLinkedQueue<Uncertain>()

    private class Uncertain(val report: PendingReport, val reportId: String)
    private val timeoutMillis = session.operationTimeout.toMillis().coerceAtLeast(1)
    @Volatile private var worker: Job? = null
    @Volatile private var lastStats: SpoolStats? = null
    @Volatile private var lastStatsAt = 0L

    /** Entries handled (sent, or handed to the failure handler) whose acknowledgement failed: acknowledged again later. */
    private val unacknowledged = java.util.concurrent.ConcurrentLinkedQueue<String>()

    val enqueued = AtomicLong()
    val sent = AtomicLong()
    val retried = AtomicLong()
    val failed = AtomicLong()
    val inFlight = AtomicInteger()

    /**
     * Appends [report] to the spool within the timeout: `true` when the spool has it, or will decide it (below);
     * `false` when the caller must queue it in memory. Blocks the caller at most the timeout. An append whose answer
     * does not come in time may still land: a `SET` or an event then goes to memory as well (repeating it is
     * harmless); a `DELTA` is held here, never in both, until the store says whether it landed ([resolveUncertain]).
     */
    fun enqueue(report: PendingReport): Boolean {
        if (closed.get()) return false
        val reportId = java.util.UUID.randomUUID().toString()
        val future = try {
            session.spoolAppend(SpoolCodec.encode(report), reportId)
        } catch (e: Exception) {
            java.util.concurrent.CompletableFuture.failedFuture(e)
        }
        val appended = try {
            future.get(timeoutMillis, TimeUnit.MILLISECONDS)
        } catch (e: InterruptedException) {
            Thread.currentThread().interrupt()
            return undecided(report, reportId, e)
        } catch (e: java.util.concurrent.ExecutionException) {
            val cause = e.cause ?: e
            if (cause is StoreUnreachableException) {
                outage.down(cause)
                return false // nothing was sent: memory takes it
            }
            return undecided(report, reportId, cause)
        } catch (e: Exception) {
            return undecided(report, reportId, e)
        }
        if (!appended) return false
        outage.up()
        enqueued.incrementAndGet()
        start()
        return true
    }

    private fun undecided(report: PendingReport, reportId: String, error: Throwable): Boolean {
        outage.down(error)
        if (!isDelta(report)) return false
        uncertain.add(Uncertain(report, reportId))
        start()
        return true
    }

    /**
     * Decides each held `DELTA`: revoked (it never landed, and a late append is refused) goes to memory; one that
     * landed stays with the spool. Stops at the first the store cannot decide now: tried again on the next round.
     */
    private suspend fun resolveUncertain() {
        repeat(uncertain.size) {
            val item = uncertain.peek() ?: return
            val revoked = try {
                withTimeoutOrNull(READ_TIMEOUT_MILLIS) { session.spoolRevoke(item.reportId).await() }
            } catch (e: CancellationException) {
                throw e
            } catch (e: Exception) {
                null
            } ?: return
            uncertain.poll()
            if (revoked) toMemory(item.report) else enqueued.incrementAndGet()
        }
    }

    private fun isDelta(report: PendingReport) = report is PendingReport.Usage && report.params.behaviour == UsageBehaviour.DELTA

    /** Starts this instance's sender (also without enqueues of its own: it serves the fleet's spool). */
    fun start() {
        if (closed.get() || !started.compareAndSet(false, true)) return
        worker = scope.launch(CoroutineName("kelviq-spool")) { work() }
    }

    /**
     * Waits up to [timeout] until the spool is empty (every report of the fleet acknowledged) and no `DELTA` is left
     * undecided: `true` then. `false` at the timeout, or at once when the store cannot be read (the spooled work
     * cannot be confirmed while it is away).
     */
    suspend fun flush(timeout: Duration): Boolean = withTimeoutOrNull(timeout.toMillis()) {
        while (true) {
            if (uncertain.isEmpty()) {
                val stats = readStats() ?: return@withTimeoutOrNull false
                if (stats.depth == 0L) return@withTimeoutOrNull true
            } else {
                resolveUncertain()
            }
            delay(POLL_MILLIS)
        }
        @Suppress("UNREACHABLE_CODE") false
    } ?: false

    private suspend fun readStats(): SpoolStats? = try {
        withTimeoutOrNull(timeoutMillis) { session.spoolStats().await() }?.also {
            lastStats = it
            lastStatsAt = System.nanoTime()
        }
    } catch (e: CancellationException) {
        throw e
    } catch (e: Exception) {
        null
    }

    /** The spool's counts, read again when older than a second (or when [fresh]); `null` when the store does not answer. */
    suspend fun stats(fresh: Boolean = false): SpoolStats? {
        if (!fresh && System.nanoTime() - lastStatsAt < STATS_MAX_AGE_NANOS) return lastStats
        return readStats() ?: lastStats
    }

    /** The last counts read, without waiting. */
    fun lastStats(): SpoolStats? = lastStats

    /**
     * Stops taking entries and lets the reports being sent finish within the close timeout (the rest stays in the
     * spool). A `DELTA` still undecided then goes to the failure handler as possibly processed: it may be in the spool
     * (another instance then sends it), so it is never sent from here.
     */
    fun close() {
        if (!closed.compareAndSet(false, true)) return
        runBlocking {
            val job = worker
            if (job != null && withTimeoutOrNull(config.closeTimeout.toMillis()) { job.join() } == null) job.cancel()
            withTimeoutOrNull(timeoutMillis) { resolveUncertain() }
            retryAcknowledgements() // what was handled is not claimed (and reported as possibly processed) later
        }
        while (true) {
            val item = uncertain.poll() ?: break
            failed.incrementAndGet()
            notify(item.report, ReportRejectedException(ReportRejectedException.Reason.POSSIBLY_PROCESSED,
                "The report spool did not confirm this DELTA usage report before the client closed (Redis did not answer): " +
                    "it may be in the spool and be sent by another instance; not sent from this one"))
        }
    }

    /** Keeps up to [ReporterConfig.senders] reports in flight, taking entries as senders free up. */
    private suspend fun work() = kotlinx.coroutines.coroutineScope {
        val permits = Semaphore(config.senders)
        var lastClaim = 0L
        while (!closed.get() && currentIsActive()) {
            if (System.nanoTime() - lastStatsAt > STATS_MAX_AGE_NANOS) stats(fresh = true)
            if (uncertain.isNotEmpty()) resolveUncertain()
            retryAcknowledgements()
            permits.acquire()
            var free = 1
            while (free < config.senders && permits.tryAcquire()) free++
            val claimDue = System.nanoTime() - lastClaim > session.spoolClaimAfter.toNanos() / 2
            val claimed = if (claimDue) take { session.spoolClaim(free) }.also { lastClaim = System.nanoTime() } else emptyList()
            val fresh = if (claimed.size < free) take { session.spoolRead(free - claimed.size) } else emptyList()
            val taken = claimed.map { it to true } + fresh.map { it to false }
            repeat(free - taken.size) { permits.release() }
            for ((entry, wasClaimed) in taken) {
                launch {
                    try {
                        process(entry, wasClaimed)
                    } finally {
                        permits.release()
                    }
                }
            }
            if (taken.isEmpty()) delay(POLL_MILLIS)
        }
    }

    private suspend fun currentIsActive(): Boolean = kotlinx.coroutines.currentCoroutineContext().isActive

    private suspend fun take(op: () -> java.util.concurrent.CompletableFuture<List<SpoolEntry>>): List<SpoolEntry> = try {
        withTimeoutOrNull(READ_TIMEOUT_MILLIS) { op().await() }?.also { outage.up() } ?: emptyList()
    } catch (e: CancellationException) {
        throw e
    } catch (e: Exception) {
        outage.down(e)
        delay(BACKOFF_MILLIS) // the store is away: the in-memory reporter carries the new reports meanwhile
        emptyList()
    }

    private suspend fun process(entry: SpoolEntry, claimed: Boolean) {
        val report = SpoolCodec.decode(entry.payload)
        if (report == null) {
            settle(entry, deadLetter = "unreadable (another SDK version?)")
            return
        }
        if (claimed && report is PendingReport.Usage && report.params.behaviour == UsageBehaviour.DELTA) {
            failed.incrementAndGet()
            notify(report, ReportRejectedException(ReportRejectedException.Reason.POSSIBLY_PROCESSED,
                "A DELTA usage report that an instance took from the spool and left unacknowledged for longer than " +
                    "spoolClaimAfter (it stopped, or could not reach Redis) may have been counted: not resent"))
            settle(entry, deadLetter = "possibly processed")
            return
        }
        inFlight.incrementAndGet()
        try {
            send(report) { retried.incrementAndGet() }
            sent.incrementAndGet()
            settle(entry, deadLetter = null)
        } catch (e: CancellationException) {
            throw e // left pending: a live instance claims it later
        } catch (e: Exception) {
            failed.incrementAndGet()
            notify(report, e)
            settle(entry, deadLetter = "failed: ${e.javaClass.simpleName}")
        } finally {
            inFlight.decrementAndGet()
        }
    }

    private suspend fun settle(entry: SpoolEntry, deadLetter: String?) {
        try {
            if (deadLetter != null) withTimeoutOrNull(READ_TIMEOUT_MILLIS) { session.spoolDeadLetter(entry.payload, deadLetter).await() }
        } catch (e: CancellationException) {
            throw e
        } catch (e: Exception) {
            log.warn("Kelviq report spool: entry {} not copied to the dead letters ({})", entry.id, e.toString())
        }
        if (!acknowledge(entry.id)) unacknowledged.add(entry.id) // handled: acknowledge it once the store answers again
    }

    private suspend fun acknowledge(id: String): Boolean = try {
        withTimeoutOrNull(READ_TIMEOUT_MILLIS) { session.spoolAck(id).await() } != null
    } catch (e: CancellationException) {
        throw e
    } catch (e: Exception) {
        false
    }

    private suspend fun retryAcknowledgements() {
        repeat(unacknowledged.size) {
            val id = unacknowledged.poll() ?: return
            if (!acknowledge(id)) {
                unacknowledged.add(id)
                return
            }
        }
    }

    private fun notify(report: PendingReport, error: Throwable) = config.failureHandler.notifySafely(report, error)

    private companion object {
        const val POLL_MILLIS = 50L
        const val BACKOFF_MILLIS = 1_000L
        const val READ_TIMEOUT_MILLIS = 2_000L
        const val BATCH = 16
        const val STATS_MAX_AGE_NANOS = 1_000_000_000L
    }
}
