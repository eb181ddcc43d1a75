package com.kelviq.sdk.internal.service

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.model.BillingAddress
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures.API
import com.kelviq.sdk.testing.customerJson
import com.kelviq.sdk.testing.pageJson
import com.kelviq.sdk.testing.respondJson
import com.kelviq.sdk.testing.shouldBeRequest
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList

/** The exact request of every customers operation, and the page walk of `listAll`. */
class CustomersServiceTest : FunSpec({
    val address = BillingAddress.builder().country("IN").line1("123 Main Street").line2("Floor 2")
        .postalCode("560001").city("Bangalore").state("Karnataka").build()
    val addressJson = """{"country":"IN","line1":"123 Main Street","line2":"Floor 2","postalCode":"560001","city":"Bangalore","state":"Karnataka"}"""

    test("create with every field sends POST /customers/ with all keys") {
        MockKelviq().use { m ->
            m.answer(customerJson("c1"), 201)
            m.core.customers.create(
                CreateCustomerParams.builder().customerId("c1").email("a@b.co").name("Ann")
                    .metadata(mapOf("k" to "v")).billingAddress(address).build(),
            ).customerId shouldBe "c1"
            m.last.shouldBeRequest(
                "POST", "$API/customers/",
                """{"customerId":"c1","email":"a@b.co","name":"Ann","metadata":{"k":"v"},"billingAddress":$addressJson}""",
            )
        }
    }

    test("create with only the id omits every unset field (never null)") {
        MockKelviq().use { m ->
            m.answer(customerJson("c1"), 201)
            m.core.customers.create(CreateCustomerParams.builder().customerId("c1").build())
            m.last.shouldBeRequest("POST", "$API/customers/", """{"customerId":"c1"}""")
        }
    }

    test("a billing address without line2 omits line2") {
        MockKelviq().use { m ->
            m.answer(customerJson("c1"))
            m.core.customers.update(
                UpdateCustomerParams.builder().customerId("c1")
                    .billingAddress(BillingAddress.builder().country("US").city("Austin").build()).build(),
            )
            m.last.shouldBeRequest("PATCH", "$API/customers/c1/", """{"billingAddress":{"country":"US","city":"Austin"}}""")
        }
    }

    context("retrieve sends the id as one percent-encoded path segment") {
        withData(
            nameFn = { "'${it.first}' -> ${it.second}" },
            "c1" to "c1",
            "a/b c" to "a%2Fb%20c",
            "..." to "%2E%2E%2E",
            "a..b" to "a..b",
            "ünï-ćødé" to "%C3%BCn%C3%AF-%C4%87%C3%B8d%C3%A9",
            "日本" to "%E6%97%A5%E6%9C%AC",
            "a?b=c" to "a%3Fb%3Dc",
            "a#frag" to "a%23frag",
            "100%" to "100%25",
            "%2F" to "%252F",
            "a+b&c" to "a%2Bb%26c",
            "user@example.com" to "user%40example.com",
            "A-Z_a.z~0" to "A-Z_a.z~0",
        ) { (id, encoded) ->
            MockKelviq().use { m ->
                m.answer(customerJson("x"))
                m.core.customers.retrieve(id)
                m.last.shouldBeRequest("GET", "$API/customers/$encoded/")
            }
        }
    }

    test("update sends PATCH with only the fields set") {
        MockKelviq().use { m ->
            m.answer(customerJson("c1"))
            m.core.customers.update(UpdateCustomerParams.builder().customerId("a/b").email("new@b.co").build())
            m.last.shouldBeRequest("PATCH", "$API/customers/a%2Fb/", """{"email":"new@b.co"}""")
            m.core.customers.update(
                UpdateCustomerParams.builder().customerId("c1").email("x@y.io").name("Bo").metadata(mapOf("a" to "1"))
                    .billingAddress(address).build(),
            )
            m.last.shouldBeRequest(
                "PATCH", "$API/customers/c1/",
                """{"email":"x@y.io","name":"Bo","metadata":{"a":"1"},"billingAddress":$addressJson}""",
            )
        }
    }

    test("list without params sends no query; with params snake_case keys") {
        MockKelviq().use { m ->
            m.answer(pageJson(0, false, emptyList()))
            m.core.customers.list()
            m.last.shouldBeRequest("GET", "$API/customers/")
            m.core.customers.list(ListCustomersParams.builder().page(3).pageSize(100).search("ann & bo").build())
            m.last.shouldBeRequest("GET", "$API/customers/?page=3&page_size=100&search=ann%20%26%20bo")
            m.core.customers.list(ListCustomersParams.builder().pageSize(1).build())
            m.last.shouldBeRequest("GET", "$API/customers/?page_size=1")
        }
    }

    test("archive sends DELETE and accepts 204 without a body or a {message}") {
        MockKelviq().use { m ->
            m.answer("", 204)
            m.core.customers.archive("c 1").message shouldBe null
            m.last.shouldBeRequest("DELETE", "$API/customers/c%201/")
            m.answer("""{"message":"Customer archived successfully."}""")
            m.core.customers.archive("c1").message shouldBe "Customer archived successfully."
            m.last.shouldBeRequest("DELETE", "$API/customers/c1/")
        }
    }

    test("listAll walks page=1,2,3 keeping the filters, until next is null") {
        MockKelviq().use { m ->
            m.handler = { req ->
                val page = req.url.parameters["page"]!!.toInt()
                respondJson(pageJson(5, page < 3, listOf(customerJson("c${page}a"), customerJson("c${page}b"))))
            }
            val ids = m.core.customers.listAll(ListCustomersParams.builder().page(7).pageSize(2).search("a").build())
                .toList().map { it.customerId }
            ids shouldBe listOf("c1a", "c1b", "c2a", "c2b", "c3a", "c3b")
            m.requests.map { it.url } shouldBe (1..3).map { "$API/customers/?page=$it&page_size=2&search=a" }
        }
    }

    test("listAll is lazy: nothing is fetched before collection, and take(n) stops fetching") {
        MockKelviq().use { m ->
            m.handler = { req ->
                val page = req.url.parameters["page"]!!.toInt()
                respondJson(pageJson(100, true, listOf(customerJson("c${page}a"), customerJson("c${page}b"))))
            }
            val flow = m.core.customers.listAll()
            m.requests shouldHaveSize 0
            flow.take(3).toList().map { it.customerId } shouldBe listOf("c1a", "c1b", "c2a")
            m.requests.map { it.url } shouldBe listOf("$API/customers/?page=1", "$API/customers/?page=2")
            flow.take(2).toList()
            m.requests shouldHaveSize 3
        }
    }

    test("listAll stops at an empty page even if next is set") {
        MockKelviq().use { m ->
            m.answer(pageJson(0, true, emptyList()))
            m.core.customers.listAll().toList() shouldBe emptyList()
            m.requests shouldHaveSize 1
        }
    }
})
