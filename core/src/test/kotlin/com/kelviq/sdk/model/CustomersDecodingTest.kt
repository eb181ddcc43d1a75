package com.kelviq.sdk.model

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.time.Instant

/** Customers, pages and archive answers decode from the documented shapes, camelCase and snake_case. */
class CustomersDecodingTest : FunSpec({
    test("the documented camelCase customer") {
        MockKelviq().use { m ->
            m.answer(WireFixtures.CUSTOMER_JSON)
            val c = m.core.customers.retrieve("c1")
            c shouldBe WireFixtures.EXPECTED_CUSTOMER
            c.createdOn!!.nano shouldBe 195_790_000
        }
    }

    test("snake_case keys, unknown keys ignored") {
        MockKelviq().use { m ->
            m.answer(
                """{"id":"a1b2","customer_id":"c1","name":"Ann","email":"a@b.co","details":{"tier":"gold","n":1},""" +
                    """"metadata":{"source":"import"},"billing_address":{"country":"IN","line1":"1 Main","line2":null,""" +
                    """"postal_code":"560001","city":"Bangalore","state":"KA","extra":true},""" +
                    """"created_on":"2025-06-04T06:03:30.195790Z","modified_on":"2025-06-05T07:00:00.000001+00:00",""" +
                    """"unknownField":[1,2,{"x":null}],"org":{"id":9}}""",
            )
            val c = m.core.customers.retrieve("c1")
            c.id shouldBe "a1b2"
            c.customerId shouldBe "c1"
            c.details shouldBe mapOf("tier" to "gold", "n" to 1L)
            c.metadata shouldBe mapOf("source" to "import")
            c.billingAddress shouldBe BillingAddress("IN", "1 Main", null, "560001", "Bangalore", "KA")
            c.createdOn shouldBe Instant.parse("2025-06-04T06:03:30.195790Z")
            c.modifiedOn shouldBe Instant.parse("2025-06-05T07:00:00.000001Z")
        }
    }

    test("a customer without name, email, metadata or address has nulls where the server sends them") {
        MockKelviq().use { m ->
            m.answer("""{"id":"u1","customerId":"c2","name":null,"email":null,"details":{},"metadata":null,"billingAddress":null,""" +
                """"createdOn":"2025-06-04T06:03:30Z","modifiedOn":"2025-06-04T06:03:30Z"}""")
            val c = m.core.customers.retrieve("c2")
            c.name.shouldBeNull()
            c.email.shouldBeNull()
            c.metadata.shouldBeNull()
            c.billingAddress.shouldBeNull()
            c.details shouldBe emptyMap<String, Any?>()
        }
    }

    test("a minimal customer: absent fields default, details empty") {
        MockKelviq().use { m ->
            m.answer("""{"id":"u1","customerId":"c3"}""")
            m.core.customers.retrieve("c3") shouldBe Customer(id = "u1", customerId = "c3")
        }
    }

    test("metadata values that are not strings are kept as their text, null values dropped") {
        MockKelviq().use { m ->
            m.answer("""{"id":"u1","customerId":"c1","metadata":{"n":42,"b":true,"s":"x","z":null,"o":{"k":1}}}""")
            m.core.customers.retrieve("c1").metadata shouldBe mapOf("n" to "42", "b" to "true", "s" to "x", "o" to """{"k":1}""")
        }
    }

    test("a page with absolute next/previous URLs") {
        MockKelviq().use { m ->
            val next = "https://api.kelviq.com/api/v1/customers/?page=3&page_size=10"
            val previous = "https://api.kelviq.com/api/v1/customers/?page=1&page_size=10"
            m.answer("""{"count":25,"next":"$next","previous":"$previous","results":[${WireFixtures.CUSTOMER_JSON},{"id":"u2","customer_id":"c2"}]}""")
            val page = m.core.customers.list()
            page.count shouldBe 25L
            page.next shouldBe next
            page.previous shouldBe previous
            page.results.map { it.customerId } shouldBe listOf("c1", "c2")
        }
    }

    test("archive: 204 without body, 200 with an empty body, and {message}") {
        MockKelviq().use { m ->
            m.answer("", 204)
            m.core.customers.archive("c1") shouldBe ArchiveResult(null)
            m.answer("", 200)
            m.core.customers.archive("c1") shouldBe ArchiveResult(null)
            m.answer("""{"message":"Customer c1 archived.","extra":1}""", 200)
            m.core.customers.archive("c1") shouldBe ArchiveResult("Customer c1 archived.")
        }
    }
})
