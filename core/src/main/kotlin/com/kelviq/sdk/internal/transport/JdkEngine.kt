@file:OptIn(InternalAPI::class)

package com.kelviq.sdk.internal.transport

import io.ktor.client.engine.HttpClientEngineBase
import io.ktor.client.engine.HttpClientEngineCapability
import io.ktor.client.engine.HttpClientEngineConfig
import io.ktor.client.engine.callContext
import io.ktor.client.engine.mergeHeaders
import io.ktor.client.plugins.HttpTimeoutCapability
import io.ktor.client.request.HttpRequestData
import io.ktor.client.request.HttpResponseData
import io.ktor.http.HeadersImpl
import io.ktor.http.HttpProtocolVersion
import io.ktor.http.HttpStatusCode
import io.ktor.http.content.OutgoingContent
import io.ktor.util.date.GMTDate
import io.ktor.utils.io.ByteReadChannel
import io.ktor.utils.io.InternalAPI
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.suspendCancellableCoroutine
import kotlinx.coroutines.runInterruptible
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.time.Duration
import java.util.TreeSet
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException

/**
 * The default engine: a Ktor engine of the SDK's own over the JDK's `java.net.http.HttpClient` (its
 * keep-alive pool for every method, HTTP/2 over TLS). It exists because Ktor's Java engine, over the same
 * JDK client, streams each body through an extra coroutine and channel on its own thread pool and needs
 * the HttpTimeout plugin's timer coroutine per request: measured at 2 to 3 times the JDK's own cost per
 * call (BENCHMARKS.md, "Transport"). Here:
 * - no thread hop of its own: the request starts on the caller's thread and the JDK completes it;
 * - the per-attempt timeout is the JDK request's own timer up to the headers, then a deadline on the body;
 * - a blocking caller ([CallerThread]) sends with the JDK's synchronous `send` on its own thread;
 * - the body is read whole into memory, at most [maxBodyBytes] + 1 bytes (the transport refuses more);
 * - cancelling the call aborts the JDK exchange (`cancel(true)` or the blocking caller's interrupt): the
 *   connection closes at once and nothing is resent;
 * - the JDK client is shared with the other SDK clients of the same connection settings ([SharedJdkClients]);
 *   closing the engine releases this client's lease.
 */
internal class JdkEngine(
    private val lease: SharedJdkClients.Lease,
    private val maxBodyBytes: Long,
) : HttpClientEngineBase("kelviq-jdk") {
    override val config: HttpClientEngineConfig = HttpClientEngineConfig()

    private val jdk: HttpClient = lease.client

    // Unconfined: no dispatch of our own; the caller's thread sends, the JDK's thread completes.
    override val dispatcher: CoroutineDispatcher = Dispatchers.Unconfined

    override val supportedCapabilities: Set<HttpClientEngineCapability<*>> = setOf(HttpTimeoutCapability)

    override suspend fun execute(data: HttpRequestData): HttpResponseData {
        val callContext = callContext()
        val timeoutMillis = data.getCapabilityOrNull(HttpTimeoutCapability)?.requestTimeoutMillis
        val request = HttpRequest.newBuilder(URI(data.url.toString())).apply {
            if (timeoutMillis != null) timeout(Duration.ofMillis(timeoutMillis))
            mergeHeaders(data.headers, data.body) { name, value -> if (name !in RESTRICTED_HEADERS) header(name, value) }
            method(data.method.value, publisherOf(data.body))
        }.build()
        val body = CappedBody.handler(maxBodyBytes + 1, timeoutMillis)
        val response = if (data.attributes.getOrNull(CallerThread.ATTRIBUTE) == true) {
            // The caller's thread waits anyway: the JDK's synchronous path, no extra hop. Cancelling the call
            // interrupts the thread, which aborts the exchange.
            runInterruptible { jdk.send(request, body) }
        } else {
            jdk.sendAsync(request, body).awaitOrAbort()
        }
        return HttpResponseData(
            HttpStatusCode.fromValue(response.statusCode()),
            GMTDate(),
            HeadersImpl(response.headers().map()),
            if (response.version() == HttpClient.Version.HTTP_2) HttpProtocolVersion.HTTP_2_0 else HttpProtocolVersion.HTTP_1_1,
            ByteReadChannel(response.body()),
            callContext,
        )
    }

    /**
     * Waits for the JDK's answer; a cancelled call aborts the exchange with `cancel(true)` (JDK 16+: the connection
     * is closed at once and the request never resent). kotlinx's `await` cancels with `false`, which the JDK takes
     * as "stop waiting" only: the exchange ran on until its timeout, and a GET was then sent again.
     */
    private suspend fun <T> CompletableFuture<T>.awaitOrAbort(): T = suspendCancellableCoroutine { continuation ->
        whenComplete { value, error ->
            if (error == null) continuation.resume(value) else continuation.resumeWithException(error.unwrapped())
        }
        continuation.invokeOnCancellation { cancel(true) }
    }

    private fun Throwable.unwrapped(): Throwable = if (this is CompletionException) cause ?: this else this

    private fun publisherOf(body: OutgoingContent): HttpRequest.BodyPublisher = when (body) {
        is OutgoingContent.ByteArrayContent -> HttpRequest.BodyPublishers.ofByteArray(body.bytes())
        is OutgoingContent.NoContent -> HttpRequest.BodyPublishers.noBody()
        else -> throw IllegalArgumentException("The SDK sends only byte-array bodies, not ${body::class.java.simpleName}")
    }

    override fun close() {
        super.close()
        lease.release()
    }

    private companion object {
        /** Headers the JDK client sets itself and refuses from callers. */
        val RESTRICTED_HEADERS: Set<String> = TreeSet(String.CASE_INSENSITIVE_ORDER).apply {
            addAll(listOf("Connection", "Content-Length", "Date", "Expect", "From", "Host", "Upgrade", "Via", "Warning"))
        }
    }
}
