package com.kelviq.sdk.testing

import io.kotest.assertions.withClue
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.jsonObject

/**
 * Asserts the whole request: method, full URL, `Authorization: Bearer`, `Accept`, `User-Agent`,
 * `Content-Type: application/json` exactly when a body is sent, and the body as a JSON tree.
 */
fun RecordedRequest.shouldBeRequest(method: String, url: String, body: String? = null, apiKey: String = MockKelviq.API_KEY) {
    withClue("method") { this.method shouldBe method }
    withClue("url") { this.url shouldBe url }
    withClue("Authorization") { header("Authorization") shouldBe "Bearer $apiKey" }
    withClue("Accept") { header("Accept") shouldBe "application/json" }
    withClue("User-Agent") { header("User-Agent")!! shouldMatch Regex("kelviq-sdk-jvm/[0-9A-Za-z.\\-]+") }
    if (body == null) {
        withClue("no body") { (this.body ?: "") shouldBe "" }
        withClue("no Content-Type without a body") { contentType shouldBe null }
    } else {
        withClue("Content-Type") { contentType shouldBe "application/json" }
        withClue("body") { json() shouldBe Json.parseToJsonElement(body) }
    }
}

/** The request body as a JSON tree. */
fun RecordedRequest.json(): JsonElement = Json.parseToJsonElement(body ?: error("no body was sent"))

/** The keys of the request body, in any order. */
fun RecordedRequest.bodyKeys(): Set<String> = json().jsonObject.keys

/** A page of a list response: `{count, next, previous, results}`; [hasNext] sets an absolute `next` URL. */
fun pageJson(count: Int, hasNext: Boolean, results: List<String>, nextUrl: String = "https://api.kelviq.com/api/v1/x/?page=N"): String =
    """{"count":$count,"next":${if (hasNext) "\"$nextUrl\"" else "null"},"previous":null,"results":[${results.joinToString(",")}]}"""

/** A minimal customer JSON with the given id. */
fun customerJson(customerId: String): String = """{"id":"u-$customerId","customerId":"$customerId"}"""

/** A minimal subscription JSON with the given id. */
fun subscriptionJson(id: String): String = """{"id":"$id","customerId":"c1","status":"active"}"""

/** A call that the SDK must refuse before sending anything, naming [field]. */
data class Refusal(val name: String, val field: String, val call: suspend com.kelviq.sdk.KelviqCore.() -> Unit) {
    override fun toString(): String = name
}

/** Runs [refusal] against a fresh [MockKelviq]: a KelviqValidationException naming the field, and no request made. */
suspend fun assertRefusedBeforeSending(refusal: Refusal) {
    MockKelviq().use { m ->
        m.answer("{}")
        val e = io.kotest.assertions.throwables.shouldThrow<com.kelviq.sdk.errors.KelviqValidationException> { refusal.call(m.core) }
        withClue("field of '${e.message}'") { e.field shouldBe refusal.field }
        withClue("requests sent") { m.requests.size shouldBe 0 }
        withClue("the message names the field") { e.message!!.contains(refusal.field) shouldBe true }
    }
}
