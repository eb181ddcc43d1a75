package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.HttpEngine
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.KelviqClosedException
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.runtime.RuntimeCompatibility
import com.kelviq.sdk.internal.transport.Exchange
import com.kelviq.sdk.internal.transport.HttpClients
import com.kelviq.sdk.internal.transport.RequestFactory
import com.kelviq.sdk.internal.transport.ResponseMapping
import com.kelviq.sdk.internal.transport.RetryLoop
import io.ktor.client.HttpClient
import io.ktor.client.engine.HttpClientEngine
import java.util.concurrent.atomic.AtomicBoolean
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.currentCoroutineContext
import org.slf4j.LoggerFactory

/**
 * Executes [Operation]s over HTTP, composing the stages of `internal/transport`: [RequestFactory] (URL and
 * body), [Exchange] (one attempt with the SDK's headers, timeout and response cap), [RetryLoop] (attempts,
 * backoff, `Retry-After`, the call budget, logging) and [ResponseMapping] (decoding and status-to-exception
 * mapping). The only class that holds a Ktor client.
 */
internal class KelviqTransport(
    config: KelviqConfig,
    engine: HttpClientEngine? = null,
    retryPolicy: RetryPolicy = RetryPolicy(),
    maxResponseBytes: Long = DEFAULT_MAX_RESPONSE_BYTES,
) : AutoCloseable {
    init {
        // Before any Ktor or coroutines code runs: a too-old library is refused here, by name.
        RuntimeCompatibility.requireCompatible()
    }

    private val requests = RequestFactory(config)
    private val client: HttpClient = HttpClients.create(config, engine, maxResponseBytes)
    private val exchange = Exchange(config, client, maxResponseBytes, guardAttempts = engine == null && config.connection.engine == HttpEngine.CIO)
    private val retryLoop = Redaction(config.apiKey).let { redaction ->
        RetryLoop(config, retryPolicy, ResponseMapping(redaction), redaction, LoggerFactory.getLogger("com.kelviq.sdk.transport"))
    }

    private val closed = AtomicBoolean()

    /** Hears every call when metrics are bound (`KelviqMetrics`); `null` otherwise. */
    @Volatile var observer: CallObserver? = null

    /** Traces every call when observations are bound (`KelviqObservations`); `null` otherwise. */
    @Volatile var tracer: CallTracer? = null

    /** Whether the client was closed ([markClosed]): new calls are refused. */
    val isClosed: Boolean get() = closed.get()

    /** Refuses every later call that is not [execute]d as `draining`; `false` when already closed. */
    fun markClosed(): Boolean = closed.compareAndSet(false, true)

    /** Throws the [KelviqClosedException] of a call made on a closed client. */
    fun requireOpen() {
        if (closed.get()) throw KelviqClosedException(CLOSED)
    }

    /** The full URL of [op]: `{base}/api/{version}/{segments}/?{query}`. */
    fun urlOf(op: Operation<*>): String = requests.urlOf(op)

    /**
     * Runs [op] with retries and returns its decoded result.
     *
     * Cancelling the calling coroutine aborts the exchange in flight and any wait between attempts.
     * [onRetry] is called before each extra attempt (the background reporter counts them).
     * Once the client is closed a call fails with a [KelviqClosedException] at once, and a call in flight
     * makes no further attempt; except a [draining] call, the background reporter's send during `close()`.
     */
    suspend fun <T> execute(
        op: Operation<T>,
        options: RequestOptions = RequestOptions.DEFAULT,
        onRetry: (() -> Unit)? = null,
        draining: Boolean = false,
    ): T {
        if (!draining) requireOpen()
        val request = requests.prepare(op)
        val watcher = observer
        val started = System.nanoTime()
        val retryHook: (() -> Unit)? = if (watcher == null) onRetry else {
            { watcher.retried(op.name); onRetry?.invoke(); Unit }
        }
        val tracing = tracer
        var headers = options.headers
        val span = tracing?.let {
            val traceHeaders = LinkedHashMap<String, String>()
            val parent = currentCoroutineContext()[TraceParent]?.observation
            it.start(op.name, op.method.name, parent, traceHeaders).also { if (traceHeaders.isNotEmpty()) headers = options.headers + traceHeaders }
        }
        return try {
            retryLoop.run(op, request, options, retryHook) { timeout ->
                if (!draining) requireOpen()
                exchange.attempt(request, timeout, headers)
            }.also {
                watcher?.completed(op.name, System.nanoTime() - started, null)
                span?.stop(null, null)
            }
        } catch (e: Throwable) {
            val thrown = if (!draining && closed.get() && e !is KelviqClosedException && e !is CancellationException && e !is KelviqValidationException) {
                KelviqClosedException(ABORTED, e)
            } else {
                e
            }
            if (thrown !is CancellationException) watcher?.completed(op.name, System.nanoTime() - started, thrown)
            span?.stop((thrown as? com.kelviq.sdk.errors.KelviqServiceException)?.statusCode, thrown)
            throw thrown
        }
    }

    override fun close() {
        client.close()
    }

    companion object {
        /** Responses larger than this are refused rather than read into memory: 16 MiB. */
        const val DEFAULT_MAX_RESPONSE_BYTES: Long = 16L * 1024 * 1024

        const val CLOSED = "The Kelviq client is closed: create a new client to make calls"
        const val ABORTED = "The Kelviq client was closed while this call was in flight; it was aborted"
    }
}
