package com.kelviq.sdk.testkit

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/** A plain JDK HttpClient speaking to a [KelviqTestServer], for wire-level tests. */
class RawClient(private val server: KelviqTestServer) {
    private val http: HttpClient = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build()

    class Answer(val status: Int, val body: String, val headers: Map<String, List<String>>) {
        fun json(): JsonObject = Json.parseToJsonElement(body).jsonObject
        fun element(): JsonElement = Json.parseToJsonElement(body)
        fun header(name: String): String? = headers.entries.firstOrNull { it.key.equals(name, true) }?.value?.firstOrNull()
        override fun toString(): String = "Answer($status, $body)"
    }

    /** Sends [method] to [target] (a path with query) on the API base, or on [base] when given. */
    fun send(
        method: String,
        target: String,
        body: String? = null,
        contentType: String? = if (body != null) "application/json" else null,
        authorization: String? = "Bearer ${server.apiKey}",
        base: String = server.baseUrl,
    ): Answer {
        val builder = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(10))
            .method(method, if (body == null) HttpRequest.BodyPublishers.noBody() else HttpRequest.BodyPublishers.ofString(body))
        if (contentType != null) builder.header("Content-Type", contentType)
        if (authorization != null) builder.header("Authorization", authorization)
        builder.header("Accept", "application/json")
        val response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString())
        return Answer(response.statusCode(), response.body(), response.headers().map())
    }

    fun get(target: String, base: String = server.baseUrl): Answer = send("GET", target, base = base)
    fun post(target: String, body: String): Answer = send("POST", target, body)
    fun patch(target: String, body: String): Answer = send("PATCH", target, body)
    fun delete(target: String): Answer = send("DELETE", target)
}
