package com.kelviq.sdk.testkit.internal

import com.kelviq.sdk.testkit.RecordedRequest
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpHandler
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/**
 * The HTTP side of the fake: records each request, applies an injected fault if one matches,
 * otherwise routes (404), authenticates (401), checks the method (405) and the query, and runs the
 * handler under the state's lock.
 */
internal class HttpFrontEnd(
    private val api: FakeApi,
    private val faults: Faults,
    private val recorder: Recorder,
    apiKey: String,
) : HttpHandler {
    private val expectedAuthorization = "Bearer $apiKey"

    override fun handle(exchange: HttpExchange) {
        try {
            val body = exchange.requestBody.use { it.readBytes() }.toString(Charsets.UTF_8)
            val headers = LinkedHashMap<String, List<String>>()
            exchange.requestHeaders.forEach { (name, values) -> headers[name.lowercase()] = values.toList() }
            val uri = exchange.requestURI
            val client = exchange.remoteAddress.let { "${it.address.hostAddress}:${it.port}" }
            val request = recorder.record(exchange.requestMethod.uppercase(), uri.rawPath ?: "/", uri.rawQuery, headers, body, client)
            when (val fault = faults.take(request)) {
                is Fault.Drop -> exchange.close() // no response headers sent: the connection is closed
                is Fault.Fail -> send(exchange, fault.status, fault.headers, fault.body)
                is Fault.Malformed -> send(exchange, 200, emptyMap(), "{\"this is\": not JSON")
                is Fault.Delay -> {
                    val reply = process(request)
                    Thread.sleep(fault.delay.toMillis())
                    send(exchange, reply)
                }
                null -> send(exchange, process(request))
            }
        } catch (e: InterruptedException) {
            exchange.close() // the server is closing
        } catch (e: Exception) {
            exchange.close()
        }
    }

    private fun process(request: RecordedRequest): Reply = try {
        val (edge, segments) = resolve(request.path)
        val handlers = synchronized(api) { api.route(edge, segments) } ?: throw ApiError.notFound()
        if (request.header("authorization") != expectedAuthorization) throw ApiError.detail(401, "Invalid API key.")
        val handler = handlers[request.method]
            ?: return Reply(
                405,
                buildJsonObject { put("detail", "Method \"${request.method}\" not allowed.") },
                mapOf("Allow" to handlers.keys.joinToString(", ")),
            )
        val call = Call(
            request.method, segments, Urls.parseQuery(request.query), request.query, request.path, request.body,
            request.header("content-type"),
        )
        synchronized(api) { handler.handle(call) }
    } catch (e: ApiError) {
        Reply(e.status, e.body)
    }

    /** The host (edge or not) and decoded segments of [rawPath]; 404 for anything outside the contract. */
    private fun resolve(rawPath: String): Pair<Boolean, List<String>> {
        val edge = rawPath.startsWith(EDGE_PREFIX)
        val rest = when {
            edge -> rawPath.removePrefix(EDGE_PREFIX)
            rawPath.startsWith(API_PREFIX) -> rawPath.removePrefix(API_PREFIX)
            else -> throw ApiError.notFound()
        }
        if (rest.isEmpty() || !rest.endsWith("/")) throw ApiError.notFound()
        val segments = rest.removeSuffix("/").split('/').map { Urls.decode(it, plusIsSpace = false) ?: throw ApiError.notFound() }
        if (segments.any { it.isEmpty() }) throw ApiError.notFound()
        return edge to segments
    }

    private fun send(exchange: HttpExchange, reply: Reply) {
        val text = reply.body?.let { Json.encodeToString(JsonElement.serializer(), it) }
        send(exchange, reply.status, reply.headers, text)
    }

    private fun send(exchange: HttpExchange, status: Int, headers: Map<String, String>, body: String?) {
        val bytes = body?.toByteArray(Charsets.UTF_8) ?: ByteArray(0)
        if (bytes.isNotEmpty()) exchange.responseHeaders.set("Content-Type", "application/json")
        headers.forEach { (k, v) -> exchange.responseHeaders.set(k, v) }
        val noBody = bytes.isEmpty() || status == 204 || status == 304 || exchange.requestMethod.equals("HEAD", ignoreCase = true)
        exchange.sendResponseHeaders(status, if (noBody) -1 else bytes.size.toLong())
        if (!noBody) exchange.responseBody.use { it.write(bytes) }
        exchange.close()
    }

    private companion object {
        const val API_PREFIX = "/api/v1/"
        const val EDGE_PREFIX = "/edge/api/v1/"
    }
}
