package com.kelviq.sdk.internal

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.KelviqDecodingException
import com.kelviq.sdk.errors.KelviqException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqTimeoutException
import io.ktor.client.HttpClient
import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.network.sockets.ConnectTimeoutException
import io.ktor.client.network.sockets.SocketTimeoutException
import io.ktor.client.plugins.HttpRequestTimeoutException
import io.ktor.client.plugins.timeout
import io.ktor.client.request.header
import io.ktor.client.request.prepareRequest
import io.ktor.client.request.setBody
import io.ktor.client.request.url
import io.ktor.client.statement.HttpResponse
import io.ktor.client.statement.bodyAsChannel
import io.ktor.http.ContentType
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.http.content.TextContent
import io.ktor.utils.io.readRemaining
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.delay
import kotlinx.coroutines.isActive
import kotlinx.coroutines.sync.Semaphore
import kotlinx.coroutines.sync.withPermit
import com.kelviq.sdk.internal.transport.HttpClients
import kotlinx.io.readByteArray
import kotlinx.serialization.json.JsonElement
import org.slf4j.Logger
import org.slf4j.LoggerFactory
import java.net.ConnectException
import java.net.NoRouteToHostException
import java.net.UnknownHostException
import java.nio.channels.UnresolvedAddressException
import java.time.Duration

/**
 * Executes [Operation]s over HTTP: builds the URL, sets the headers, sends the JSON body,
 * maps statuses to exceptions, decodes 2xx bodies and retries what is safe to retry.
 * The only class that touches Ktor.
 */
internal class KelviqTransport(
    private val config: KelviqConfig,
    engine: HttpClientEngine? = null,
    private val retryPolicy: RetryPolicy = RetryPolicy(),
    private val maxResponseBytes: Long = DEFAULT_MAX_RESPONSE_BYTES,
) : AutoCloseable {
    init {
        // Before any Ktor or coroutines code runs: a too-old library is refused here, by name.
        RuntimeCompatibility.requireCompatible()
    }

    private val log: Logger = LoggerFactory.getLogger("com.kelviq.sdk.transport")
    private val redaction = Redaction(config.apiKey)
    private val authorization = "Bearer ${config.apiKey}"

    // Read from the jar when the client is built, so no request ever does that I/O on a non-blocking thread.
    private val userAgent = SdkVersion.userAgent
    private val apiPrefix = "${config.baseUrl}/api/${UrlRules.encodePathSegment(config.apiVersion)}/"
    private val edgePrefix = "${config.edgeUrl}/api/${UrlRules.encodePathSegment(config.apiVersion)}/"

    private val client: HttpClient = HttpClients.create(config, engine, maxResponseBytes)

    /** Bounds the requests in flight per host ([com.kelviq.sdk.ConnectionConfig.maxConnectionsPerHost]). */
    private val apiPermits = Semaphore(config.connection.maxConnectionsPerHost)
    private val edgePermits = Semaphore(config.connection.maxConnectionsPerHost)

    /** Builds the full URL of [op]: `{base}/api/{version}/{segments}/?{query}`. */
    fun urlOf(op: Operation<*>): String {
        val sb = StringBuilder(if (op.host == Host.EDGE) edgePrefix else apiPrefix)
        for (segment in op.path) sb.append(UrlRules.encodePathSegment(segment)).append('/')
        op.query.forEachIndexed { i, (k, v) ->
            sb.append(if (i == 0) '?' else '&')
            sb.append(UrlRules.encodeQueryComponent(k)).append('=').append(UrlRules.encodeQueryComponent(v))
        }
        return sb.toString()
    }

    /**
     * Runs [op] with retries and returns its decoded result.
     *
     * Cancelling the calling coroutine aborts the exchange in flight and any wait between attempts.
     * [onRetry] is called before each extra attempt (the background reporter counts them).
     */
    suspend fun <T> execute(op: Operation<T>, options: RequestOptions = RequestOptions.DEFAULT, onRetry: (() -> Unit)? = null): T {
        val url = urlOf(op)
        val body = op.body?.let { KelviqJson.encodeToString(JsonElement.serializer(), it) }
        return attempts(op, url, body, options, Budget(config.callTimeout), onRetry)
    }

    /**
     * The real-time bound on a whole call ([KelviqConfig.callTimeout]). It is enforced by capping each
     * attempt's timeout at the time left and by waiting between attempts only when the wait fits, never by
     * a coroutine timer, so a caller running on virtual time (kotlinx-coroutines-test) is not cut short.
     */
    private class Budget(private val total: Duration) {
        private val deadline = System.nanoTime() + total.toNanos()

        fun remaining(): Duration = Duration.ofNanos(deadline - System.nanoTime())

        fun allows(wait: Duration): Boolean = System.nanoTime() + wait.toNanos() < deadline

        fun describe(): String = "${total.toMillis()} ms"
    }

    private suspend fun <T> attempts(
        op: Operation<T>,
        url: String,
        body: String?,
        options: RequestOptions,
        budget: Budget,
        onRetry: (() -> Unit)?,
    ): T {
        val maxRetries = options.maxRetries ?: config.maxRetries
        val timeout = options.timeout ?: config.timeout
        var attempt = 0
        while (true) {
            attempt++
            val left = budget.remaining()
            if (left.isNegative || left.isZero) {
                throw KelviqTimeoutException(
                    "${op.method} $url did not complete within the call timeout of ${budget.describe()} (${attempt - 1} attempts made)",
                    null,
                    attempt - 1,
                )
            }
            val started = System.nanoTime()
            val outcome = attemptOnce(op, url, body, if (left < timeout) left else timeout)
            val elapsedMs = (System.nanoTime() - started) / 1_000_000
            when (outcome) {
                is Outcome.Answer -> {
                    log.debug("Kelviq {} {} -> {} in {} ms (attempt {}/{})", op.method, url, outcome.status, elapsedMs, attempt, maxRetries + 1)
                    if (log.isTraceEnabled) log.trace("Kelviq {} {} response body: {}", op.method, url, redaction.clean(outcome.body))
                    if (outcome.status in 200..299) return decode(op, outcome)
                    val retryAfter = retryPolicy.retryAfter(outcome.headers["retry-after"]?.firstOrNull())
                    val wait = retryAfter ?: retryPolicy.backoff(attempt)
                    val mayRetry = attempt <= maxRetries &&
                        retryPolicy.retriesStatus(outcome.status, op.safety) &&
                        (retryAfter == null || retryAfter <= retryPolicy.maxRetryAfter) &&
                        budget.allows(wait)
                    if (!mayRetry) {
                        throw ErrorMapping.toException(
                            outcome.status, redaction.cleanHeaders(outcome.headers), redaction.clean(outcome.body), op.method.name, url, attempt,
                        )
                    }
                    pause(wait, op, url, attempt, "HTTP ${outcome.status}")
                    onRetry?.invoke()
                }
                is Outcome.Failure -> {
                    log.debug("Kelviq {} {} failed in {} ms (attempt {}/{}): {}", op.method, url, elapsedMs, attempt, maxRetries + 1, outcome.describe())
                    val wait = retryPolicy.backoff(attempt)
                    if (attempt > maxRetries || !retryPolicy.retriesFailure(outcome.notSent, op.safety) || !budget.allows(wait)) {
                        throw outcome.toException(op, url, attempt)
                    }
                    pause(wait, op, url, attempt, outcome.describe())
                    onRetry?.invoke()
                }
            }
        }
    }

    private suspend fun pause(wait: Duration, op: Operation<*>, url: String, attempt: Int, why: String) {
        log.debug("Kelviq {} {}: retrying after {} ms ({}), attempt {} done", op.method, url, wait.toMillis(), why, attempt)
        if (!wait.isZero) delay(wait.toMillis())
    }

    private suspend fun attemptOnce(op: Operation<*>, url: String, body: String?, timeout: Duration): Outcome {
        if (body != null && log.isTraceEnabled) log.trace("Kelviq {} {} request body: {}", op.method, url, redaction.clean(body))
        val permits = if (op.host == Host.EDGE) edgePermits else apiPermits
        return try {
            permits.withPermit { exchange(op, url, body, timeout) }
        } catch (e: KelviqException) {
            throw e
        } catch (e: CancellationException) {
            // The caller cancelled: propagate. Otherwise an engine-internal cancellation: a failed exchange.
            if (!currentCoroutineContext().isActive) throw e
            Outcome.Failure(e, notSent = false, timedOut = false)
        } catch (e: Exception) {
            classify(e)
        }
    }

    private suspend fun exchange(op: Operation<*>, url: String, body: String?, timeout: Duration): Outcome.Answer =
        client.prepareRequest {
            method = op.method.toKtor()
            url(url)
            header(HttpHeaders.Authorization, authorization)
            header(HttpHeaders.Accept, "application/json")
            header(HttpHeaders.UserAgent, userAgent)
            if (body != null) setBody(TextContent(body, ContentType.Application.Json))
            timeout {
                requestTimeoutMillis = timeout.toMillis()
                connectTimeoutMillis = config.connectTimeout.toMillis()
                socketTimeoutMillis = timeout.toMillis()
            }
        }.execute { response -> readAnswer(response) }

    private suspend fun readAnswer(response: HttpResponse): Outcome.Answer {
        val status = response.status.value
        val headers = LinkedHashMap<String, List<String>>()
        response.headers.forEach { name, values -> headers[name.lowercase()] = values }
        val declared = response.headers[HttpHeaders.ContentLength]?.toLongOrNull()
        if (declared != null && declared > maxResponseBytes) throw tooLarge(response, declared)
        val bytes = response.bodyAsChannel().readRemaining(maxResponseBytes + 1).readByteArray()
        if (bytes.size > maxResponseBytes) throw tooLarge(response, null)
        // CIO hands over a body cut short by a closed connection as if complete: a failed exchange, not a bad body.
        if (declared != null && bytes.size < declared) throw java.io.EOFException("response body ended after ${bytes.size} of $declared bytes")
        return Outcome.Answer(status, headers, bytes.toString(Charsets.UTF_8))
    }

    private fun tooLarge(response: HttpResponse, declared: Long?): KelviqIoException = KelviqIoException(
        "Response to ${response.call.request.method.value} ${response.call.request.url} is larger than the " +
            "$maxResponseBytes-byte cap" + (declared?.let { " (Content-Length $it)" } ?: "") + "; refused",
    )

    private fun <T> decode(op: Operation<T>, answer: Outcome.Answer): T = try {
        op.decoder.decode(answer.status, answer.body)
    } catch (e: CancellationException) {
        throw e
    } catch (e: KelviqException) {
        throw e
    } catch (e: Exception) {
        throw undecodable(op, answer, redaction.clean(e.message ?: e.javaClass.simpleName), e)
    } catch (e: StackOverflowError) {
        // kotlinx-serialization 1.9's tree reader recurses per nesting level: a hostile body nested thousands
        // of levels deep must fail as a decoding error, not as an Error that escapes every handler.
        throw undecodable(op, answer, "JSON nested too deeply", null)
    }

    private fun undecodable(op: Operation<*>, answer: Outcome.Answer, why: String, cause: Throwable?): KelviqDecodingException {
        val quoted = ErrorMapping.truncate(redaction.clean(answer.body))
        return KelviqDecodingException(
            "Could not decode the ${answer.status} response of ${op.name}: $why",
            cause,
            answer.status,
            quoted.ifEmpty { null },
        )
    }

    private fun classify(e: Throwable): Outcome.Failure = when (e) {
        is ConnectTimeoutException, is java.net.http.HttpConnectTimeoutException -> Outcome.Failure(e, notSent = true, timedOut = true)
        is java.net.http.HttpTimeoutException, is java.util.concurrent.TimeoutException -> Outcome.Failure(e, notSent = false, timedOut = true)
        is ConnectException, is UnresolvedAddressException, is UnknownHostException, is NoRouteToHostException ->
            Outcome.Failure(e, notSent = true, timedOut = false)
        is HttpRequestTimeoutException, is SocketTimeoutException, is java.net.SocketTimeoutException ->
            Outcome.Failure(e, notSent = false, timedOut = true)
        else -> {
            val cause = e.cause
            if (cause != null && cause !== e && (cause is ConnectException || cause is UnresolvedAddressException)) {
                Outcome.Failure(e, notSent = true, timedOut = false)
            } else {
                Outcome.Failure(e, notSent = false, timedOut = false)
            }
        }
    }

    override fun close() {
        client.close()
    }

    private sealed class Outcome {
        class Answer(val status: Int, val headers: Map<String, List<String>>, val body: String) : Outcome()

        class Failure(val error: Throwable, val notSent: Boolean, val timedOut: Boolean) : Outcome() {
            fun describe(): String = "${error.javaClass.simpleName}: ${error.message}"
        }
    }

    private fun Outcome.Failure.toException(op: Operation<*>, url: String, attempts: Int): KelviqIoException {
        val what = if (timedOut) "timed out" else "failed"
        val tries = if (attempts > 1) " after $attempts attempts" else ""
        val detail = redaction.clean(error.message ?: error.javaClass.simpleName)
        val message = "${op.method} $url $what$tries: $detail"
        return if (timedOut) KelviqTimeoutException(message, error, attempts) else KelviqIoException(message, error, attempts)
    }

    private fun Method.toKtor(): HttpMethod = when (this) {
        Method.GET -> HttpMethod.Get
        Method.POST -> HttpMethod.Post
        Method.PATCH -> HttpMethod.Patch
        Method.DELETE -> HttpMethod.Delete
    }

    companion object {
        /** Responses larger than this are refused rather than read into memory: 16 MiB. */
        const val DEFAULT_MAX_RESPONSE_BYTES: Long = 16L * 1024 * 1024
    }
}
