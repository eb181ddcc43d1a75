package com.kelviq.sdk.testkit

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.AuthenticationException
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.ListCustomersParams
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.string.shouldStartWith

class RecordingTest : StringSpec({
    val key = "sk_live_SECRET_0123456789"
    val server = KelviqTestServer.start(key)
    val core = KelviqCore.create(server.config())
    afterSpec {
        core.close()
        server.close()
    }
    beforeTest { server.reset() }

    "every request is recorded with method, raw path, query, headers and body" {
        core.customers.create(CreateCustomerParams.builder().customerId("a/b c").name("Ann").build())
        core.customers.retrieve("a/b c")
        core.customers.list(ListCustomersParams.builder().search("ann lee").pageSize(5).build())
        val (create, retrieve, list) = server.requests()
        create.sequence shouldBe 1
        create.method shouldBe "POST"
        create.path shouldBe "/api/v1/customers/"
        create.query shouldBe null
        create.body shouldBe """{"customerId":"a/b c","name":"Ann"}"""
        create.header("AUTHORIZATION") shouldBe "Bearer $key"
        create.header("content-type")!! shouldStartWith "application/json"
        create.header("Accept") shouldBe "application/json"
        create.headerValues("x-missing") shouldBe emptyList()
        retrieve.path shouldBe "/api/v1/customers/a%2Fb%20c/"
        retrieve.body shouldBe ""
        list.query shouldBe "page_size=5&search=ann%20lee"
        list.target shouldBe "/api/v1/customers/?page_size=5&search=ann%20lee"
        list.isEdge shouldBe false
    }

    "requestCount and requests filter by matcher; clearRequests forgets" {
        server.grant("c1", "sso")
        core.entitlements.hasAccess("c1", "sso")
        core.customers.list()
        core.customers.list()
        server.requestCount() shouldBe 3
        server.requestCount(RequestMatcher.edge()) shouldBe 1
        server.requestCount(RequestMatcher.of("get", "/api/v1/customers/")) shouldBe 2
        server.requests(RequestMatcher.method("POST")) shouldBe emptyList()
        server.lastRequest()!!.sequence shouldBe 3
        server.clearRequests()
        server.requestCount() shouldBe 0
        server.lastRequest() shouldBe null
        core.customers.list()
        server.lastRequest()!!.sequence shouldBe 4 // clearRequests keeps counting
    }

    "refused requests are recorded too" {
        KelviqCore.create(server.configBuilder().apiKey("wrong_key").build()).use { bad ->
            shouldThrow<AuthenticationException> { bad.customers.list() }
        }
        server.requests().single().header("authorization") shouldBe "Bearer wrong_key"
    }

    "records are immutable" {
        core.customers.list()
        val record = server.requests().single()
        shouldThrow<UnsupportedOperationException> {
            @Suppress("UNCHECKED_CAST")
            (record.headers as MutableMap<String, List<String>>)["x"] = listOf("y")
        }
        shouldThrow<UnsupportedOperationException> {
            @Suppress("UNCHECKED_CAST")
            (server.requests() as MutableList<RecordedRequest>).clear()
        }
    }

    "toString never shows the key in full" {
        core.customers.list()
        val text = server.requests().single().toString()
        text shouldContain "authorization=[Bearer ****]"
        text shouldNotContain "SECRET"
        server.toString() shouldNotContain "SECRET"
        server.toString() shouldContain server.baseUrl
        server.config().toString() shouldNotContain "SECRET"
    }

    "the config points at the server's two bases" {
        server.baseUrl shouldBe "http://127.0.0.1:${server.port}"
        server.edgeUrl shouldBe "${server.baseUrl}/edge"
        server.apiKey shouldBe key
        server.config().baseUrl shouldBe server.baseUrl
        server.config().edgeUrl shouldBe server.edgeUrl
        server.configBuilder().maxRetries(0).build().maxRetries shouldBe 0
    }

    "close frees the port" {
        val other = KelviqTestServer.start()
        val port = other.port
        other.close()
        other.close() // idempotent
        java.net.ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress()).use { it.localPort shouldBe port }
    }
})
