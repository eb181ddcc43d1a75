package com.kelviq.sdk.testing

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.KelviqConfig
import com.sun.net.httpserver.HttpServer
import java.net.InetAddress
import java.net.InetSocketAddress
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger

/**
 * A real HTTP server on 127.0.0.1 answering what Kelviq's published OpenAPI allows but a strict reader refuses, for
 * the flavour tests of issue 22: entitlements whose `resetAt` is `"at the end of the billing cycle"` (a soft-limit
 * meter over quota, `soft`, and a hard-limited unlimited one, `unlimited`), a usage report answered 200 with the
 * timestamp `"soon"`, and a customer page whose `createdOn` is `"yesterday"`. It counts what it receives, per path.
 */
class TolerantAnswersServer : AutoCloseable {
    private val counts = ConcurrentHashMap<String, AtomicInteger>()
    private val server = HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0).apply {
        createContext("/") { exchange ->
            val path = exchange.requestURI.path
            exchange.requestBody.readBytes()
            counts.computeIfAbsent("${exchange.requestMethod} $path") { AtomicInteger() }.incrementAndGet()
            val body = when {
                path.endsWith("/entitlements/") -> ENTITLEMENTS
                path.endsWith("/report/usage/") -> USAGE
                path.endsWith("/customers/") -> CUSTOMERS
                else -> null
            }
            val bytes = (body ?: """{"detail":"Not found."}""").toByteArray()
            exchange.responseHeaders.add("Content-Type", "application/json")
            exchange.sendResponseHeaders(if (body == null) 404 else 200, bytes.size.toLong())
            exchange.responseBody.use { it.write(bytes) }
        }
        start()
    }

    /** `http://127.0.0.1:<port>`. */
    val url: String get() = "http://127.0.0.1:${server.address.port}"

    /** A configuration for this server: base and edge URL here, no retries, the cache off. */
    fun config(): KelviqConfig = KelviqConfig.builder().apiKey(MockKelviq.API_KEY).baseUrl(url).edgeUrl(url).maxRetries(0)
        .entitlementCache(EntitlementCacheConfig.DISABLED).build()

    /** How many `POST /api/v1/report/usage/` the server received. */
    fun usageReportsReceived(): Int = counts["POST /api/v1/report/usage/"]?.get() ?: 0

    override fun close() = server.stop(0)

    companion object {
        const val RESET_AT = "at the end of the billing cycle"

        private val ENTITLEMENTS = """{"customerId":"c1","entitlements":[""" +
            """{"featureId":"soft","featureType":"METER","hasAccess":true,"resetAt":"$RESET_AT","hardLimit":false,"usageLimit":10,"currentUsage":12,"remaining":-2},""" +
            """{"featureId":"unlimited","featureType":"METER","hasAccess":false,"resetAt":"$RESET_AT","hardLimit":true,"usageLimit":null,"currentUsage":40,"remaining":null}]}"""

        private const val USAGE = """{"value":3,"customerId":"c1","featureId":"api-calls","behaviour":"DELTA","orgId":"1",""" +
            """"eventName":"aggregated.usage","idempotencyKey":"k1","timestamp":"soon"}"""

        private const val CUSTOMERS = """{"count":2,"next":null,"previous":null,"results":[""" +
            """{"id":"a1","customerId":"c1","createdOn":"yesterday","modifiedOn":"2025-06-04T06:03:30.195790Z"},""" +
            """{"id":"a2","customerId":"c2","createdOn":"2025-06-04 06:03:30","modifiedOn":"later"}]}"""
    }
}
