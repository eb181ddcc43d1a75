package com.kelviq.sdk.errors

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.subscriptions
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures.API
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlin.reflect.KClass

/** Every status of the error table maps to its exception, with status, headers, body, request and message. */
class StatusMappingTest : FunSpec({
    val table: List<Pair<Int, KClass<out KelviqServiceException>>> = listOf(
        400 to BadRequestException::class,
        401 to AuthenticationException::class,
        403 to PermissionDeniedException::class,
        404 to NotFoundException::class,
        409 to ConflictException::class,
        422 to UnprocessableEntityException::class,
        429 to RateLimitException::class,
        500 to InternalServerException::class,
        501 to InternalServerException::class,
        502 to InternalServerException::class,
        503 to InternalServerException::class,
        504 to InternalServerException::class,
        599 to InternalServerException::class,
        300 to UnexpectedStatusException::class,
        302 to UnexpectedStatusException::class,
        304 to UnexpectedStatusException::class,
        405 to UnexpectedStatusException::class,
        408 to UnexpectedStatusException::class,
        410 to UnexpectedStatusException::class,
        418 to UnexpectedStatusException::class,
    )

    context("a GET answered with each status") {
        withData(nameFn = { "${it.first} -> ${it.second.simpleName}" }, table) { (status, type) ->
            MockKelviq().use { m ->
                val body = """{"detail":"problem $status"}"""
                m.answer(body, status, mapOf("X-Request-Id" to "req-$status", "Location" to "https://elsewhere.example.com/"))
                val e = shouldThrow<KelviqServiceException> { m.core.subscriptions.retrieve("a b") }
                e::class shouldBe type
                e.shouldBeInstanceOf<KelviqException>()
                e.statusCode shouldBe status
                e.header("x-request-id") shouldBe "req-$status"
                e.header("X-REQUEST-ID") shouldBe "req-$status"
                e.headers["x-request-id"] shouldBe listOf("req-$status")
                e.rawBody shouldBe body
                e.serverMessage shouldBe "problem $status"
                e.fieldErrors shouldBe emptyMap()
                e.requestMethod shouldBe "GET"
                e.requestUrl shouldBe "$API/subscriptions/a%20b/"
                e.attempts shouldBe 1
                e.message!! shouldContain "HTTP $status"
                e.message!! shouldContain "GET $API/subscriptions/a%20b/"
                e.message!! shouldContain "problem $status"
                m.requests.size shouldBe 1
            }
        }
    }

    test("a redirect is not followed: the key never goes to another host") {
        MockKelviq().use { m ->
            m.answer("", 301, mapOf("Location" to "https://evil.example.com/steal"))
            val e = shouldThrow<UnexpectedStatusException> { m.core.customers.retrieve("c1") }
            e.statusCode shouldBe 301
            e.rawBody shouldBe null
            e.header("location") shouldBe "https://evil.example.com/steal"
            m.requests.map { it.url } shouldBe listOf("$API/customers/c1/")
        }
    }

    test("a POST failure names the POST and its URL") {
        MockKelviq().use { m ->
            m.answer("""{"customerId":["customer with this customer id already exists."]}""", 409)
            val e = shouldThrow<ConflictException> { m.core.customers.create(CreateCustomerParams.builder().customerId("c1").build()) }
            e.requestMethod shouldBe "POST"
            e.requestUrl shouldBe "$API/customers/"
            e.fieldErrors shouldBe mapOf("customerId" to listOf("customer with this customer id already exists."))
        }
    }

    test("an empty error body gives the HTTP reason and a null raw body") {
        MockKelviq().use { m ->
            m.answer("", 404)
            val e = shouldThrow<NotFoundException> { m.core.subscriptions.retrieve("s1") }
            e.rawBody shouldBe null
            e.serverMessage shouldBe "Not Found"
            e.message shouldBe "HTTP 404 from GET $API/subscriptions/s1/: Not Found"
        }
    }

    test("a 404 or 405 from an operation outside the published API says so; one from an operation in it does not") {
        for (status in listOf(404, 405)) {
            MockKelviq().use { m ->
                m.answer("""{"detail":"Not found."}""", status)
                val retrieve = shouldThrow<KelviqServiceException> { m.core.customers.retrieve("c1") }
                retrieve.serverMessage shouldBe "Not found. (customers.retrieve is not in Kelviq's published API " +
                    "(its OpenAPI has no GET for this path): the server may not offer it)"
                shouldThrow<KelviqServiceException> { m.core.customers.archive("c1") }.serverMessage shouldContain
                    "customers.archive is not in Kelviq's published API"
                shouldThrow<KelviqServiceException> { m.core.subscriptions.retrieve("s1") }.serverMessage shouldBe "Not found."
            }
        }
        MockKelviq().use { m ->
            m.answer("""{"detail":"Gone."}""", 400)
            shouldThrow<KelviqServiceException> { m.core.customers.retrieve("c1") }.serverMessage shouldBe "Gone."
        }
    }
})
