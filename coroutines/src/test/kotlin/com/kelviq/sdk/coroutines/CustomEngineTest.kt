package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqConfig
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ktor.client.engine.mock.MockEngine
import io.ktor.client.engine.mock.respond
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.http.headersOf

/** `KelviqClient(config, engine)`: a Kotlin user's own Ktor engine carries the SDK's requests, unchanged. */
class CustomEngineTest : FunSpec({
    test("every request goes through the given engine, with the SDK's URL and headers") {
        val seen = mutableListOf<String>()
        val engine = MockEngine { request ->
            seen += "${request.method.value} ${request.url} ${request.headers[HttpHeaders.Authorization]}"
            respond(
                """{"id":"u1","customerId":"c1","name":"Ann","email":null,"createdOn":"2025-06-04T06:03:30.195790Z"}""",
                HttpStatusCode.OK,
                headersOf(HttpHeaders.ContentType, "application/json"),
            )
        }
        KelviqClient(KelviqConfig { apiKey = "sk_test_engine" }, engine).use { kelviq ->
            kelviq.customers.retrieve("c1").name shouldBe "Ann"
        }
        seen shouldBe listOf("GET https://api.kelviq.com/api/v1/customers/c1/ Bearer sk_test_engine")
    }
})
