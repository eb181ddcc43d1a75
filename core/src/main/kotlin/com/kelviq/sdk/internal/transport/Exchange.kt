package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.errors.KelviqException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.SdkVersion
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
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.isActive
import kotlinx.coroutines.sync.Semaphore
import kotlinx.coroutines.sync.withPermit
import kotlinx.io.readByteArray
import java.io.EOFException
import java.time.Duration

/**
 * Stage 2, one exchange: sends a [PreparedRequest] with the SDK's headers and the attempt's timeout, reads
 * the whole answer (refusing more than [maxResponseBytes]), and turns what happened into an [Outcome].
 * At most [com.kelviq.sdk.ConnectionConfig.maxConnectionsPerHost] exchanges per host run at once.
 */
internal class Exchange(
    private val config: KelviqConfig,
    private val client: HttpClient,
    private val maxResponseBytes: Long,
) {
    private val authorization = "Bearer ${config.apiKey}"

    // Read from the jar when the client is built, so no request ever does that I/O on a non-blocking thread.
    private val userAgent = SdkVersion.userAgent
    private val apiPermits = Semaphore(config.connection.maxConnectionsPerHost)
    private val edgePermits = Semaphore(config.connection.maxConnectionsPerHost)

    /** One attempt of [request] within [timeout]. Throws only [KelviqException]s and the caller's cancellation. */
    suspend fun attempt(request: PreparedRequest, timeout: Duration, extraHeaders: Map<String, String> = emptyMap()): Outcome {
        val permits = if (request.host == Host.EDGE) edgePermits else apiPermits
        return try {
            permits.withPermit { send(request, timeout, extraHeaders) }
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
        val headers = LinkedHashMap<String, List<String>>()
        response.headers.forEach { name, values -> headers[name.lowercase()] = values }
        val declared = response.headers[HttpHeaders.ContentLength]?.toLongOrNull()
        if (declared != null && declared > maxResponseBytes) throw tooLarge(response, declared)
        val bytes = response.bodyAsChannel().readRemaining(maxResponseBytes + 1).readByteArray()
        if (bytes.size > maxResponseBytes) throw tooLarge(response, null)
        // CIO hands over a body cut short by a closed connection as if complete: a failed exchange, not a bad body.
        if (declared != null && bytes.size < declared) throw EOFException("response body ended after ${bytes.size} of $declared bytes")
        return Outcome.Answer(response.status.value, headers, bytes.toString(Charsets.UTF_8))
    }

    private fun tooLarge(response: HttpResponse, declared: Long?): KelviqIoException = KelviqIoException(
        "Response to ${response.call.request.method.value} ${response.call.request.url} is larger than the " +
            "$maxResponseBytes-byte cap" + (declared?.let { " (Content-Length $it)" } ?: "") + "; refused",
    )

    private fun Method.toKtor(): HttpMethod = when (this) {
        Method.GET -> HttpMethod.Get
        Method.POST -> HttpMethod.Post
        Method.PATCH -> HttpMethod.Patch
        Method.DELETE -> HttpMethod.Delete
    }
}
