@file:OptIn(InternalKelviqApi::class)

package com.kelviq.sdk.testing

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.internal.InternalKelviqApi
import com.kelviq.sdk.internal.KelviqInternals
import io.ktor.client.engine.mock.MockEngine
import io.ktor.client.engine.mock.MockRequestHandleScope
import io.ktor.client.engine.mock.respond
import io.ktor.client.request.HttpRequestData
import io.ktor.client.request.HttpResponseData
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.http.content.OutgoingContent
import io.ktor.http.content.TextContent
import io.ktor.http.headersOf
import kotlinx.coroutines.awaitCancellation
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch

/** One request as the engine saw it. */
data class RecordedRequest(
    val method: String,
    val url: String,
    val headers: Map<String, List<String>>,
    val contentType: String?,
    val body: String?,
) {
    fun header(name: String): String? = headers.entries.firstOrNull { it.key.equals(name, true) }?.value?.firstOrNull()
}

/**
 * A [KelviqCore] over Ktor's MockEngine: records every request and answers with [handler]
 * (by default 200 with [defaultBody]).
 */
class MockKelviq @JvmOverloads constructor(
    config: KelviqConfig = testConfig(),
    var handler: suspend MockRequestHandleScope.(HttpRequestData) -> HttpResponseData = { respondJson("{}") },
    /** The entitlement cache's clock (nanoseconds), `System.nanoTime()` when `null`. */
    nanoTime: (() -> Long)? = null,
) : AutoCloseable {
    val requests: MutableList<RecordedRequest> = CopyOnWriteArrayList()

    val engine = MockEngine { request ->
        requests += record(request)
        handler(request)
    }

    val core: KelviqCore =
        if (nanoTime == null) KelviqInternals.coreWithEngine(config, engine) else KelviqInternals.coreWithEngine(config, engine, nanoTime)

    /** Answers every request with [status] and [body]. */
    fun answer(body: String, status: Int = 200, headers: Map<String, String> = emptyMap()) {
        handler = { respondJson(body, status, headers) }
    }

    /** Answers requests in turn with [responses]; the last one repeats. */
    fun answerInTurn(vararg responses: Triple<Int, String, Map<String, String>>) {
        var i = 0
        handler = {
            val (status, body, headers) = responses[minOf(i++, responses.size - 1)]
            respondJson(body, status, headers)
        }
    }

    /** Counts down when a request reaches a [hang] answer. */
    val hangStarted: CountDownLatch = CountDownLatch(1)

    /** Counts down when a request hanging in a [hang] answer is cancelled (its exchange aborted). */
    val hangCancelled: CountDownLatch = CountDownLatch(1)

    /** Makes every request wait, never answered, until its call is cancelled (Java-friendly). */
    fun hang() {
        handler = {
            hangStarted.countDown()
            try {
                awaitCancellation()
            } finally {
                hangCancelled.countDown()
            }
        }
    }

    val last: RecordedRequest get() = requests.last()

    override fun close() = core.close()

    companion object {
        const val API_KEY = "sk_test_SECRET_abcdef123456"

        /**
         * The test configuration: [API_KEY], no retries, and the entitlement cache OFF (so each
         * entitlement call sends its own request, as the [WireFixtures] expect); [block] may change any of it.
         */
        fun testConfig(block: KelviqConfig.Builder.() -> Unit = {}): KelviqConfig =
            KelviqConfig.builder().apiKey(API_KEY).maxRetries(0).entitlementCache(EntitlementCacheConfig.DISABLED).apply(block).build()

        private fun record(request: HttpRequestData): RecordedRequest {
            val content = request.body
            val body = when (content) {
                is TextContent -> content.text
                is OutgoingContent.ByteArrayContent -> content.bytes().decodeToString()
                else -> null
            }
            val headers = LinkedHashMap<String, List<String>>()
            request.headers.forEach { k, v -> headers[k] = v }
            return RecordedRequest(request.method.value, request.url.toString(), headers, content.contentType?.toString(), body)
        }
    }
}

fun MockRequestHandleScope.respondJson(body: String, status: Int = 200, headers: Map<String, String> = emptyMap()): HttpResponseData {
    val all = headers.mapValues { listOf(it.value) }.toMutableMap()
    if (body.isNotEmpty() && headers.keys.none { it.equals(HttpHeaders.ContentType, true) }) {
        all[HttpHeaders.ContentType] = listOf("application/json")
    }
    // Encoded here, not by MockEngine's respond(String): that one throws on a lone surrogate (Ktor 3.3), and a
    // server sends bytes anyway; String.toByteArray replaces what UTF-8 cannot carry, as a real server's encoder does.
    return respond(body.toByteArray(Charsets.UTF_8), HttpStatusCode.fromValue(status), headersOf(*all.map { it.key to it.value }.toTypedArray()))
}
