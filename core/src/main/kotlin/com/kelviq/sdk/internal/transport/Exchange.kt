package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.errors.KelviqException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.internal.runtime.SdkVersion
import com.kelviq.sdk.internal.transport.Host
import com.kelviq.sdk.internal.transport.Method
import io.ktor.client.HttpClient
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
import java.io.EOFException
import java.net.ProtocolException
import java.net.http.HttpTimeoutException
import java.time.Duration
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Job
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.async
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.isActive
import kotlinx.coroutines.sync.Semaphore
import kotlinx.coroutines.sync.withPermit
import kotlinx.coroutines.withTimeoutOrNull
import kotlinx.io.readByteArray

/**
 * Stage 2, one exchange: sends a [PreparedRequest] with the SDK's headers and the attempt's timeout, reads
 * the whole answer (refusing more than [maxResponseBytes]), and turns what happened into an [Outcome].
 * At most [com.kelviq.sdk.ConnectionConfig.maxConnectionsPerHost] exchanges per host run at once.
 */
internal class Exchange(
    private val config: KelviqConfig,
    private val client: HttpClient,
    private val maxResponseBytes: Long,
    /** Whether to stop waiting at each attempt's timeout by itself ([guarded]): for CIO, which may not end one. */
    private val guardAttempts: Boolean = false,
) {
    private val authorization = "Bearer ${config.apiKey}"

    // Read from the jar when the client is built, so no request ever does that I/O on a non-blocking thread.
    private val userAgent = SdkVersion.userAgent
    private val apiPermits = Semaphore(config.connection.maxConnectionsPerHost)
    private val edgePermits = Semaphore(config.connection.maxConnectionsPerHost)
    private val detached = CoroutineScope(SupervisorJob())

    /** One attempt of [request] within [timeout]. Throws only [KelviqException]s and the caller's cancellation. */
    suspend fun attempt(request: PreparedRequest, timeout: Duration, extraHeaders: Map<String, String> = emptyMap()): Outcome {
        val permits = if (request.host == Host.EDGE) edgePermits else apiPermits
        return try {
            permits.withPermit { if (guardAttempts) guarded(request, timeout, extraHeaders) else send(request, timeout, extraHeaders) }
        } catch (e: KelviqException) {
            throw e
        } catch (e: InterruptedException) {
            throw e // the blocking caller was interrupted: the call ends, it is not a failed attempt to retry
        } catch (e: CancellationException) {
            // The caller cancelled: propagate. Otherwise an engine-internal cancellation: a failed exchange.
            if (!currentCoroutineContext().isActive) throw e
            Outcome.Failure(e, notSent = false, timedOut = false)
        } catch (e: Exception) {
            Outcome.Failure.of(e)
        }
    }

    /**
     * [send] for an engine that may not end an attempt at its timeout: CIO's (3.3) header parser never suspends
     * while bytes keep arriving (a header line that never ends held an attempt with a 3 s timeout for 17 s),
     * so a cancelled coroutine waits with it. The exchange runs detached from the caller, who stops waiting
     * at the timeout (plus [GUARD_GRACE_MILLIS], so that the engine's own timeout normally wins) and cancels
     * it; the engine ends it when it next can.
     */
    private suspend fun guarded(request: PreparedRequest, timeout: Duration, extraHeaders: Map<String, String>): Outcome.Answer {
        val exchange = detached.async(currentCoroutineContext().minusKey(Job), CoroutineStart.UNDISPATCHED) {
            send(request, timeout, extraHeaders)
        }
        try {
            return withTimeoutOrNull(timeout.toMillis() + GUARD_GRACE_MILLIS) { exchange.await() }
                ?: throw HttpTimeoutException("no whole answer within ${timeout.toMillis()} ms")
        } finally {
            if (!exchange.isCompleted) exchange.cancel()
        }
    }

    private suspend fun send(request: PreparedRequest, timeout: Duration, extraHeaders: Map<String, String>): Outcome.Answer {
        val onCallerThread = currentCoroutineContext()[CallerThread] != null
        return client.prepareRequest {
            method = request.method.toKtor()
            url(request.url)
            for ((name, value) in extraHeaders) header(name, value) // RequestOptions refuses the SDK's own names
            header(HttpHeaders.Authorization, authorization)
            header(HttpHeaders.Accept, "application/json")
            header(HttpHeaders.UserAgent, userAgent)
            if (request.body != null) setBody(TextContent(request.body, ContentType.Application.Json))
            timeout {
                requestTimeoutMillis = timeout.toMillis()
                connectTimeoutMillis = config.connectTimeout.toMillis()
                socketTimeoutMillis = timeout.toMillis()
            }
            if (onCallerThread) attributes.put(CallerThread.ATTRIBUTE, true)
        }.execute { response -> read(response) }
    }

    private suspend fun read(response: HttpResponse): Outcome.Answer {
        val status = response.status.value
        // The default engine skips interim answers (100 Continue, 103 Early Hints); CIO returns the first one
        // as if it were the answer, the real one unread behind it: a failed exchange, never "status 100".
        if (status in 100..199) throw ProtocolException("interim HTTP $status answer without the final answer (this engine does not skip interim answers)")
        ResponseFraming.problem { name -> response.headers.getAll(name).orEmpty() }?.let { throw ResponseFraming.refusal(it) }
        val headers = LinkedHashMap<String, List<String>>()
        response.headers.forEach { name, values -> headers[name.lowercase()] = values }
        val declared = response.headers[HttpHeaders.ContentLength]?.toLongOrNull()
        if (declared != null && declared > maxResponseBytes) throw tooLarge(response, declared)
        val channel = response.bodyAsChannel()
        val bytes = channel.readRemaining(maxResponseBytes + 1).readByteArray()
        if (bytes.size > maxResponseBytes) throw tooLarge(response, null)
        // readRemaining(max) ends quietly at a channel closed with an error (CIO's body parser closes it so
        // when a chunked body breaks off mid-chunk): that error is the outcome. (CIO then also closes the
        // channel normally: a reader that comes later sees a clean end of a shorter body, which then fails
        // to decode.)
        channel.closedCause?.let { throw it }
        // CIO hands over a body cut short by a closed connection as if complete: a failed exchange, not a bad body.
        if (declared != null && bytes.size < declared) throw EOFException("response body ended after ${bytes.size} of $declared bytes")
        return Outcome.Answer(response.status.value, headers, bytes.toString(Charsets.UTF_8))
    }

    private fun tooLarge(response: HttpResponse, declared: Long?): KelviqIoException = KelviqIoException(
        "Response to ${response.call.request.method.value} ${response.call.request.url} is larger than the " +
            "$maxResponseBytes-byte cap" + (declared?.let { " (Content-Length $it)" } ?: "") + "; refused",
    )

    private companion object {
        /** How long past an attempt's timeout [guarded] waits for the engine's own timeout to arrive. */
        const val GUARD_GRACE_MILLIS = 50L
    }

    private fun Method.toKtor(): HttpMethod = when (this) {
        Method.GET -> HttpMethod.Get
        Method.POST -> HttpMethod.Post
        Method.PATCH -> HttpMethod.Patch
        Method.DELETE -> HttpMethod.Delete
    }
}
