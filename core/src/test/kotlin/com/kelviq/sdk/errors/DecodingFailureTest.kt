package com.kelviq.sdk.errors

import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.subscriptions
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.testing.MockKelviq
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/** A 2xx body that cannot be decoded raises [KelviqDecodingException] with the status and the body. */
class DecodingFailureTest : FunSpec({
    data class Bad(val name: String, val status: Int, val body: String, val call: suspend KelviqCore.() -> Any?)

    withData(
        nameFn = { it.name },
        Bad("malformed JSON", 200, """{"id":"u1","customerId":""") { customers.retrieve("c1") },
        Bad("an HTML page", 200, "<!doctype html><html><body>Login</body></html>") { customers.retrieve("c1") },
        Bad("an empty 200 body", 200, "") { customers.retrieve("c1") },
        Bad("an empty 201 body", 201, "") { customers.create(CreateCustomerParams.builder().customerId("c1").build()) },
        Bad("an empty entitlements body", 200, "") { entitlements.hasAccess("c1", "f") },
        Bad("a JSON array where an object is expected", 200, "[]") { subscriptions.retrieve("s1") },
        Bad("a required field missing", 200, """{"name":"Ann"}""") { customers.retrieve("c1") },
        Bad("a wrongly typed field", 200, """{"customerId":"c1","entitlements":[{"featureId":"f","hasAccess":"maybe"}]}""") {
            entitlements.getAllEntitlements("c1")
        },
        Bad("a customer without its id", 200, """{"customerId":"c1","createdOn":"yesterday"}""") { customers.retrieve("c1") },
        Bad("malformed JSON on archive", 200, "{oops") { customers.archive("c1") },
    ) { bad ->
        MockKelviq().use { m ->
            m.answer(bad.body, bad.status)
            val e = shouldThrow<KelviqDecodingException> { bad.call(m.core) }
            e.statusCode shouldBe bad.status
            e.rawBody shouldBe bad.body.ifEmpty { null }
            e.cause.shouldNotBeNull()
            e.message!! shouldContain "${bad.status}"
            m.requests.size shouldBe 1
        }
    }

    test("the quoted body is capped at 1 KB") {
        MockKelviq().use { m ->
            m.answer("<html>" + "y".repeat(4000), 200)
            val e = shouldThrow<KelviqDecodingException> { m.core.customers.retrieve("c1") }
            e.rawBody!!.length shouldBe 1024 + "... (truncated)".length
        }
    }
})
