package com.kelviq.sdk.internal

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.transport.Exchange
import com.kelviq.sdk.internal.transport.HttpClients
import com.kelviq.sdk.internal.transport.RequestFactory
import com.kelviq.sdk.internal.transport.ResponseMapping
import com.kelviq.sdk.internal.transport.RetryLoop
import io.ktor.client.HttpClient
import io.ktor.client.engine.HttpClientEngine
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
    private val exchange = Exchange(config, client, maxResponseBytes)
    private val retryLoop = Redaction(config.apiKey).let { redaction ->
        RetryLoop(config, retryPolicy, ResponseMapping(redaction), redaction, LoggerFactory.getLogger("com.kelviq.sdk.transport"))
    }

    /** The full URL of [op]: `{base}/api/{version}/{segments}/?{query}`. */
    fun urlOf(op: Operation<*>): String = requests.urlOf(op)

    /**
     * Runs [op] with retries and returns its decoded result.
     *
     * Cancelling the calling coroutine aborts the exchange in flight and any wait between attempts.
     * [onRetry] is called before each extra attempt (the background reporter counts them).
     */
    suspend fun <T> execute(op: Operation<T>, options: RequestOptions = RequestOptions.DEFAULT, onRetry: (() -> Unit)? = null): T {
        val request = requests.prepare(op)
        return retryLoop.run(op, request, options, onRetry) { timeout -> exchange.attempt(request, timeout) }
    }

    override fun close() {
        client.close()
    }

    companion object {
        /** Responses larger than this are refused rather than read into memory: 16 MiB. */
        const val DEFAULT_MAX_RESPONSE_BYTES: Long = 16L * 1024 * 1024
    }
}
