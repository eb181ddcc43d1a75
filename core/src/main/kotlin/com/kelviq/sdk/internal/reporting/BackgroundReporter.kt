package com.kelviq.sdk.internal.reporting

import com.kelviq.sdk.PendingReport
import com.kelviq.sdk.ReportFailureHandler
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.ReporterStats
import com.kelviq.sdk.errors.ReportRejectedException
import com.kelviq.sdk.errors.ReportRejectedException.Reason
import com.kelviq.sdk.internal.transport.CallerThread
import java.time.Duration
import java.util.concurrent.ConcurrentSkipListSet
import java.util.concurrent.Executors
import java.util.concurrent.Semaphore
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicLong
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.ExecutorCoroutineDispatcher
import kotlinx.coroutines.Job
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.joinAll
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeoutOrNull
import org.slf4j.LoggerFactory

/**
 * The background reporter: a bounded queue drained by [ReporterConfig.senders] coroutines on [scope],
 * started on the first enqueue. Each report is sent through [send] (the transport, with its retry
 * rules) and ends up either acknowledged or handed to [ReporterConfig.failureHandler], never dropped.
 */
internal class BackgroundReporter(
    private val config: ReporterConfig,
    private val scope: CoroutineScope,
    private val send: suspend (report: PendingReport, onRetry: () -> Unit) -> Unit,
    /** Called once, when the first report is accepted (the client's JVM-exit hook is armed then). */
    private val onStart: () -> Unit = {},
) {
    private class Item(val seq: Long, val report: PendingReport)

    private val log = LoggerFactory.getLogger("com.kelviq.sdk.reporter")
    private val handler: ReportFailureHandler = config.failureHandler
    private val room = Semaphore(config.queueCapacity)
    private val queue = Channel<Item>(Channel.UNLIMITED, onUndeliveredElement = { abandon(it, null) })
    private val started = AtomicBoolean(false)
    private val closed = AtomicBoolean(false)
    @Volatile private var senders: List<Job> = emptyList()

    private val enqueued = AtomicLong()
    private val sent = AtomicLong()
    private val retried = AtomicLong()
    private val failed = AtomicLong()
    private val rejected = AtomicLong()
    private val queued = AtomicInteger()
    private val inFlight = AtomicInteger()

    /** Sequence numbers of accepted reports not yet finished; [flush] waits for those below its mark. */
    private val nextSeq = AtomicLong()
    private val outstanding = ConcurrentSkipListSet<Long>()
    private val progress = MutableStateFlow(0L)

    /** Accepts [report] (`true`) or hands it to the failure handler (`false`). Blocks only with a positive enqueue timeout. */
    fun enqueue(report: PendingReport): Boolean {
        if (closed.get()) return reject(report, Reason.CLOSED)
        if (!acquireRoom()) return reject(report, if (closed.get()) Reason.CLOSED else Reason.QUEUE_FULL)
        startSenders()
        val seq = nextSeq.incrementAndGet()
        outstanding.add(seq)
        enqueued.incrementAndGet()
        queued.incrementAndGet()
        if (queue.trySend(Item(seq, report)).isFailure) { // closed in the meantime
            queued.decrementAndGet()
            enqueued.decrementAndGet()
            room.release()
            finish(seq)
            return reject(report, Reason.CLOSED)
        }
        return true
    }

    /** Waits up to [timeout] until every report accepted before this call is sent or handed to the handler. */
    suspend fun flush(timeout: Duration): Boolean {
        val mark = nextSeq.get()
        if (doneUpTo(mark)) return true
        val millis = try { timeout.toMillis() } catch (e: ArithmeticException) { Long.MAX_VALUE }
        return withTimeoutOrNull(millis) { progress.first { doneUpTo(mark) }; true } ?: false
    }

    fun stats(): ReporterStats = ReporterStats(
        enqueued = enqueued.get(), sent = sent.get(), retried = retried.get(), failed = failed.get(),
        rejected = rejected.get(), queueDepth = queued.get(), inFlight = inFlight.get(),
    )

    /**
     * Stops intake, lets the senders drain the queue for up to [ReporterConfig.closeTimeout], then
     * cancels them and hands whatever is left (queued or in flight) to the failure handler. Blocks the caller.
     */
    fun close() {
        if (!closed.compareAndSet(false, true)) return
        queue.close()
        val jobs = senders
        if (jobs.isNotEmpty()) {
            runBlocking {
                val drained = withTimeoutOrNull(config.closeTimeout.toMillis()) { jobs.joinAll(); true } ?: false
                if (!drained) {
                    jobs.forEach { it.cancel() }
                    withTimeoutOrNull(CANCEL_GRACE_MILLIS) { jobs.joinAll() }
                }
            }
        }
        queue.cancel() // anything still queued goes to onUndeliveredElement -> abandon
        if (started.get()) senderThreads.close()
    }

    private fun acquireRoom(): Boolean {
        val timeout = config.enqueueTimeout
        if (timeout.isZero) return room.tryAcquire()
        return try {
            room.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)
        } catch (e: InterruptedException) {
            Thread.currentThread().interrupt()
            false
        }
    }

    /**
     * The senders' own threads, one per sender, started with the first report: each sender waits for its
     * exchange on its thread, so the default engine sends with the JDK's synchronous call ([CallerThread];
     * the asynchronous one costs a thread hop per request, BENCHMARKS.md) without holding a shared pool thread.
     */
    private val senderThreads: ExecutorCoroutineDispatcher by lazy {
        val count = AtomicInteger()
        Executors.newFixedThreadPool(config.senders) { task ->
            SenderThread(task, "kelviq-reporter-${count.incrementAndGet()}")
        }.asCoroutineDispatcher()
    }

    private fun startSenders() {
        if (!started.compareAndSet(false, true)) return
        onStart()
        senders = List(config.senders) { i ->
            scope.launch(senderThreads + CallerThread.ELEMENT + CoroutineName("kelviq-reporter-$i")) { drain() }
        }
    }

    private suspend fun drain() {
        for (item in queue) {
            queued.decrementAndGet()
            room.release()
            inFlight.incrementAndGet()
            try {
                send(item.report) { retried.incrementAndGet() }
                sent.incrementAndGet()
            } catch (e: CancellationException) {
                failed.incrementAndGet()
                notify(item.report, ReportRejectedException(
                    Reason.CLOSE_TIMEOUT, "The client closed while this report was being sent; it may or may not have been processed", e,
                    possiblyProcessed = true,
                ))
                throw e
            } catch (e: Throwable) {
                failed.incrementAndGet()
                notify(item.report, e)
            } finally {
                inFlight.decrementAndGet()
                finish(item.seq)
            }
        }
    }

    /** A queued report that will not be sent (the client closed before a sender took it). */
    private fun abandon(item: Item, cause: Throwable?) {
        queued.decrementAndGet()
        room.release()
        failed.incrementAndGet()
        notify(item.report, ReportRejectedException(Reason.CLOSE_TIMEOUT, "The client closed before this report was sent", cause))
        finish(item.seq)
    }

    private fun reject(report: PendingReport, reason: Reason): Boolean {
        rejected.incrementAndGet()
        val message = when (reason) {
            Reason.QUEUE_FULL -> "The report queue is full (capacity ${config.queueCapacity})"
            Reason.CLOSED -> "The client is closed"
            Reason.CLOSE_TIMEOUT -> "The client closed before this report was sent"
            Reason.POSSIBLY_PROCESSED -> "The report may already have been processed"
        }
        notify(report, ReportRejectedException(reason, message))
        return false
    }

    private fun notify(report: PendingReport, error: Throwable) = handler.notifySafely(report, error)

    private fun finish(seq: Long) {
        outstanding.remove(seq)
        progress.update { it + 1 }
    }

    private fun doneUpTo(mark: Long): Boolean {
        val oldest = outstanding.ceiling(Long.MIN_VALUE) ?: return true
        return oldest > mark
    }

    companion object {
        private const val CANCEL_GRACE_MILLIS = 1_000L

        /** Whether the calling thread is one of a reporter's senders (a failure handler runs there). */
        fun onSenderThread(): Boolean = Thread.currentThread() is SenderThread
    }

    /** A sender's thread: [onSenderThread] tells a failure handler's `close()` apart. */
    private class SenderThread(task: Runnable, name: String) : Thread(task, name) {
        init {
            isDaemon = true
        }
    }
}
