package com.kelviq.sdk.errors

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.subscriptions
import com.kelviq.sdk.testing.MockKelviq
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldEndWith
import io.kotest.matchers.string.shouldStartWith

/** The best-effort message and field errors read from each error body shape Kelviq uses. */
class ErrorBodyShapesTest : FunSpec({
    data class Shape(
        val name: String,
        val status: Int,
        val body: String,
        val message: String,
        val fieldErrors: Map<String, List<String>> = emptyMap(),
        val contentType: String = "application/json",
    )

    withData(
        nameFn = { it.name },
        Shape("{detail}", 404, """{"detail":"Not found."}""", "Not found."),
        Shape(
            "{field: [msg]}", 400, """{"customerId":["This field is required."],"email":["Enter a valid email address."]}""",
            "customerId: This field is required.; email: Enter a valid email address.",
            mapOf("customerId" to listOf("This field is required."), "email" to listOf("Enter a valid email address.")),
        ),
        Shape("{field: msg}", 400, """{"planIdentifier":"Unknown plan."}""", "planIdentifier: Unknown plan.", mapOf("planIdentifier" to listOf("Unknown plan."))),
        Shape("{error}", 401, """{"error":"Invalid API key"}""", "Invalid API key"),
        Shape("{error: {message}}", 400, """{"error":{"message":"Bad plan","code":"x"}}""", "Bad plan"),
        Shape("{status, message}", 422, """{"status":"error","message":"Customer already archived"}""", "Customer already archived"),
        Shape("{status} alone", 500, """{"status":"failed"}""", "failed"),
        Shape(
            "{detail} with field errors", 400, """{"detail":"Invalid input.","email":["Enter a valid email address."]}""",
            "Invalid input.", mapOf("email" to listOf("Enter a valid email address.")),
        ),
        Shape(
            "{non_field_errors}", 400, """{"non_field_errors":["Plan and period do not match."]}""",
            "non_field_errors: Plan and period do not match.", mapOf("non_field_errors" to listOf("Plan and period do not match.")),
        ),
        Shape("a JSON array", 400, """["first problem","second problem"]""", "first problem; second problem"),
        Shape("a JSON string", 400, "\"just text\"", "just text"),
        Shape("an HTML page", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "Bad Gateway", contentType = "text/html"),
        Shape("plain text", 503, "upstream connect error\nmore lines", "upstream connect error", contentType = "text/plain"),
        Shape("an empty JSON object", 429, "{}", "Too Many Requests"),
        Shape("an unknown status, no body", 418, "", "HTTP status 418"),
    ) { shape ->
        MockKelviq().use { m ->
            m.answer(shape.body, shape.status, mapOf("Content-Type" to shape.contentType))
            val e = shouldThrow<KelviqServiceException> { m.core.subscriptions.retrieve("s1") }
            e.statusCode shouldBe shape.status
            e.serverMessage shouldBe shape.message
            e.fieldErrors shouldBe shape.fieldErrors
            e.rawBody shouldBe shape.body.ifEmpty { null }
            e.message!! shouldEndWith ": ${shape.message}"
        }
    }

    test("a huge message is truncated in the exception but the raw body is kept whole") {
        MockKelviq().use { m ->
            val long = "x".repeat(5000)
            m.answer("""{"detail":"$long"}""", 400)
            val e = shouldThrow<BadRequestException> { m.core.customers.retrieve("c1") }
            e.serverMessage.length shouldBe 1024 + "... (truncated)".length
            e.serverMessage shouldStartWith "xxxx"
            e.rawBody shouldBe """{"detail":"$long"}"""
        }
    }

    test("an error body nested 50 000 levels deep still maps to its status (no StackOverflowError escapes)") {
        MockKelviq().use { m ->
            val deep = "{\"detail\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}"
            m.answer(deep, 500)
            val e = shouldThrow<InternalServerException> { m.core.customers.retrieve("c1") }
            e.statusCode shouldBe 500
            e.rawBody shouldBe deep
        }
    }
})
