package com.kelviq.sdk.testkit

import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonPrimitive

class ContractChecksTest : StringSpec({
    val server = KelviqTestServer.start()
    val raw = RawClient(server)
    afterSpec { server.close() }
    beforeTest { server.reset() }

    fun fieldError(answer: RawClient.Answer, key: String): String {
        answer.status shouldBe 400
        return answer.json()[key]!!.jsonArray[0].jsonPrimitive.content
    }

    "a wrong or missing bearer key gets 401 Invalid API key" {
        val wrong = raw.send("GET", "/api/v1/customers/", authorization = "Bearer nope")
        wrong.status shouldBe 401
        wrong.body shouldBe """{"detail":"Invalid API key."}"""
        val missing = raw.send("GET", "/api/v1/customers/", authorization = null)
        missing.status shouldBe 401
        missing.body shouldBe """{"detail":"Invalid API key."}"""
        raw.send("GET", "/api/v1/customers/", authorization = server.apiKey).status shouldBe 401
        KelviqTestServer.start("other-key").use { other ->
            RawClient(other).send("GET", "/api/v1/customers/", authorization = "Bearer ${server.apiKey}").status shouldBe 401
        }
    }

    "a path without its trailing slash, an unknown path or the wrong version gets 404" {
        raw.get("/api/v1/customers").status shouldBe 404
        raw.get("/api/v1/nothing/").status shouldBe 404
        raw.get("/api/v2/customers/").status shouldBe 404
        raw.get("/customers/").status shouldBe 404
        raw.get("/api/v1/customers//").status shouldBe 404
    }

    "entitlements are served only by the edge, everything else only by the API host" {
        server.grant("c1", "sso")
        raw.get("/api/v1/entitlements/?customer_id=c1").status shouldBe 404
        raw.get("/edge/api/v1/entitlements/?customer_id=c1").status shouldBe 200
        raw.get("/api/v1/entitlements/?customer_id=c1", base = server.edgeUrl).status shouldBe 200
        raw.get("/api/v1/customers/", base = server.edgeUrl).status shouldBe 404
        raw.get("/api/v1/customers/").status shouldBe 200
    }

    "a wrong method on a known route gets 405 with Allow" {
        val answer = raw.send("PUT", "/api/v1/customers/c1/", """{"name":"x"}""")
        answer.status shouldBe 405
        answer.header("Allow")!! shouldContain "PATCH"
        raw.send("HEAD", "/api/v1/customers/").let {
            it.status shouldBe 405
            it.body shouldBe ""
        }
    }

    "an unknown body key is refused, naming it" {
        fieldError(raw.post("/api/v1/customers/", """{"customerId":"c1","nickname":"x"}"""), "nickname") shouldContain "Unknown field 'nickname'"
        fieldError(raw.post("/api/v1/customers/", """{"customer_id":"c1"}"""), "customer_id") shouldContain "Unknown field"
    }

    "a missing required key is refused, naming it" {
        fieldError(raw.post("/api/v1/checkout/", """{"planIdentifier":"p","successUrl":"https://x.co/ok"}"""), "chargePeriod") shouldBe
            "This field is required."
    }

    "null for an optional field is refused: the SDK must omit it" {
        fieldError(raw.post("/api/v1/customers/", """{"customerId":"c1","email":null}"""), "email") shouldContain "omitted, not sent as null"
        fieldError(
            raw.post("/api/v1/customers/", """{"customerId":"c1","billingAddress":{"country":"IN","line2":null}}"""),
            "billingAddress",
        ) shouldContain "'line2' may not be null"
    }

    "a bad enum value is refused, naming the key and the choices" {
        val message = fieldError(
            raw.post("/api/v1/checkout/", """{"planIdentifier":"p","chargePeriod":"monthly","successUrl":"https://x.co/ok"}"""),
            "chargePeriod",
        )
        message shouldContain "'monthly' is not a valid choice"
        message shouldContain "MONTHLY"
        fieldError(
            raw.post("/api/v1/report/usage/", """{"value":1,"customerId":"c1","featureId":"f","behaviour":"ADD"}"""),
            "behaviour",
        ) shouldContain "SET, DELTA"
    }

    "an event timestamp must be yyyy-MM-dd HH:mm:ss.SSSSSS" {
        server.addCustomer("c1")
        fun event(ts: String) = raw.post(
            "/api/v1/report/event/", """{"customerId":"c1","eventName":"e","idempotencyKey":"k-$ts","timestamp":"$ts"}""",
        )
        fieldError(event("2025-05-23T10:30:00.123456Z"), "timestamp") shouldContain "yyyy-MM-dd HH:mm:ss.SSSSSS"
        fieldError(event("2025-05-23 10:30:00"), "timestamp") shouldContain "wrong format"
        fieldError(event("2025-13-23 10:30:00.123456"), "timestamp") shouldContain "wrong format"
        event("2025-05-23 10:30:00.123456").status shouldBe 200
    }

    "a cancellation date must be yyyy-MM-dd" {
        server.addCustomer("c1")
        val id = server.addSubscription("c1", "plan-pro")
        fieldError(
            raw.post("/api/v1/subscriptions/$id/cancel/", """{"cancellationType":"SPECIFIC_DATE","cancellationDate":"31/12/2099"}"""),
            "cancellationDate",
        ) shouldContain "yyyy-MM-dd"
    }

    "a wrong JSON type is refused, naming the key" {
        fieldError(raw.post("/api/v1/report/usage/", """{"value":"5","customerId":"c1","featureId":"f","behaviour":"SET"}"""), "value") shouldBe
            "Expected an integer, got a string."
        fieldError(raw.post("/api/v1/report/usage/", """{"value":1.5,"customerId":"c1","featureId":"f","behaviour":"SET"}"""), "value") shouldContain
            "Expected an integer"
        fieldError(raw.post("/api/v1/customers/", """{"customerId":"c1","metadata":{"n":1}}"""), "metadata") shouldContain "must be a string"
        fieldError(
            raw.post("/api/v1/checkout/", """{"planIdentifier":"p","chargePeriod":"MONTHLY","successUrl":"https://x.co","lockEmail":"yes"}"""),
            "lockEmail",
        ) shouldContain "Expected a boolean"
    }

    "a body not sent as application/json, an empty body or a non-object body is refused" {
        val textPlain = raw.send("POST", "/api/v1/customers/", """{"customerId":"c1"}""", contentType = "text/plain")
        textPlain.status shouldBe 400
        textPlain.body shouldContain "Content-Type"
        raw.send("POST", "/api/v1/customers/", """{"customerId":"c1"}""", contentType = null).status shouldBe 400
        raw.send("POST", "/api/v1/customers/", """{"customerId":"c1"}""", contentType = "application/json; charset=UTF-8").status shouldBe 201
        raw.send("POST", "/api/v1/customers/", null).status shouldBe 400
        raw.post("/api/v1/customers/", "[1]").status shouldBe 400
        raw.post("/api/v1/customers/", "{not json").body shouldContain "JSON parse error"
    }

    "query parameters are checked: unknown, repeated, out of range" {
        fieldError(raw.get("/api/v1/customers/?pageSize=5"), "pageSize") shouldContain "Unknown query parameter"
        fieldError(raw.get("/api/v1/customers/?page_size=101"), "page_size") shouldContain "between 1 and 100"
        fieldError(raw.get("/api/v1/customers/?page_size=0"), "page_size") shouldContain "positive integer"
        fieldError(raw.get("/api/v1/customers/?page=x"), "page") shouldContain "positive integer"
        fieldError(raw.get("/api/v1/customers/?page=1&page=2"), "page") shouldContain "more than once"
        fieldError(raw.get("/edge/api/v1/entitlements/"), "customer_id") shouldContain "required"
        fieldError(raw.get("/edge/api/v1/entitlements/?customer_id=c1&featureId=x"), "featureId") shouldContain "Unknown query parameter"
        fieldError(raw.get("/api/v1/customers/c1/?expand=1"), "expand") shouldContain "no query parameters"
    }

    "path segments are percent-decoded" {
        raw.post("/api/v1/customers/", """{"customerId":"a/b c"}""").status shouldBe 201
        val answer = raw.get("/api/v1/customers/a%2Fb%20c/")
        answer.status shouldBe 200
        answer.json()["customerId"]!!.jsonPrimitive.content shouldBe "a/b c"
        server.lastRequest()!!.path shouldBe "/api/v1/customers/a%2Fb%20c/"
        raw.post("/api/v1/customers/", """{"customerId":"zü ß"}""").status shouldBe 201
        raw.get("/api/v1/customers/z%C3%BC%20%C3%9F/").json()["customerId"]!!.jsonPrimitive.content shouldBe "zü ß"
    }
})
