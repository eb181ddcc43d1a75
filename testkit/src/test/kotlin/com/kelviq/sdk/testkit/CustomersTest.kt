package com.kelviq.sdk.testkit

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.BadRequestException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.model.BillingAddress
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.UpdateCustomerParams
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldMatch
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.jsonPrimitive

class CustomersTest : StringSpec({
    val fixture = specServer()
    val server = fixture.server
    val core = fixture.core
    val raw = fixture.raw

    "create answers 201 with the Customer JSON of the contract" {
        val answer = raw.post("/api/v1/customers/", """{"customerId":"c1","email":"a@b.co","name":"Ann","metadata":{"k":"v"}}""")
        answer.status shouldBe 201
        val json = answer.json()
        json.keys.toList() shouldContainExactly
            listOf("id", "customerId", "name", "email", "details", "metadata", "billingAddress", "createdOn", "modifiedOn")
        json["id"]!!.jsonPrimitive.content shouldMatch Regex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        json["createdOn"]!!.jsonPrimitive.content shouldMatch Regex("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z")
        json["billingAddress"] shouldBe JsonNull
        json["details"].toString() shouldBe "{}"
    }

    "create through core, then a duplicate customerId gets 400 naming customerId" {
        val created = core.customers.create(
            CreateCustomerParams.builder().customerId("c1").email("a@b.co").name("Ann")
                .billingAddress(BillingAddress.builder().country("IN").line1("1 Main St").postalCode("560001").city("Bangalore").state("KA").build())
                .build(),
        )
        created.customerId shouldBe "c1"
        created.billingAddress!!.city shouldBe "Bangalore"
        created.billingAddress!!.line2 shouldBe null
        val duplicate = shouldThrow<BadRequestException> { core.customers.create(CreateCustomerParams.builder().customerId("c1").build()) }
        duplicate.rawBody shouldBe """{"customerId":["customer with this customerId already exists."]}"""
        duplicate.fieldErrors["customerId"] shouldBe listOf("customer with this customerId already exists.")
    }

    "retrieve and a partial update change only the keys sent" {
        core.customers.create(CreateCustomerParams.builder().customerId("c1").email("a@b.co").name("Ann").metadata(mapOf("k" to "v")).build())
        val before = core.customers.retrieve("c1")
        val after = core.customers.update(UpdateCustomerParams.builder().customerId("c1").name("Ann Lee").build())
        after.name shouldBe "Ann Lee"
        after.email shouldBe "a@b.co"
        after.metadata shouldBe mapOf("k" to "v")
        after.id shouldBe before.id
        after.createdOn shouldBe before.createdOn
        after.modifiedOn!!.isAfter(before.modifiedOn) shouldBe true
        core.customers.retrieve("c1").name shouldBe "Ann Lee"
    }

    "an empty update, or an update of an unknown customer, is refused" {
        server.addCustomer("c1")
        raw.patch("/api/v1/customers/c1/", "{}").status shouldBe 400
        raw.patch("/api/v1/customers/c1/", """{"customerId":"c2"}""").status shouldBe 400
        shouldThrow<NotFoundException> { core.customers.update(UpdateCustomerParams.builder().customerId("zz").name("x").build()) }
    }

    "list pages with count, absolute next and previous links, and page_size" {
        for (i in 1..25) server.addCustomer("c%02d".format(i))
        val first = core.customers.list(ListCustomersParams.builder().pageSize(10).build())
        first.count shouldBe 25
        first.results.map { it.customerId } shouldBe (1..10).map { "c%02d".format(it) }
        first.previous shouldBe null
        first.next shouldBe "${server.baseUrl}/api/v1/customers/?page=2&page_size=10"
        val third = core.customers.list(ListCustomersParams.builder().page(3).pageSize(10).build())
        third.results.size shouldBe 5
        third.next shouldBe null
        third.previous shouldBe "${server.baseUrl}/api/v1/customers/?page=2&page_size=10"
        val second = raw.get("/api/v1/customers/?page=2")
        second.json()["previous"]!!.jsonPrimitive.content shouldBe "${server.baseUrl}/api/v1/customers/"
        core.customers.list().results.size shouldBe 10 // default page size
        raw.get("/api/v1/customers/?page=4&page_size=10").status shouldBe 404
        core.customers.listAll(ListCustomersParams.builder().pageSize(7).build()).toList().size shouldBe 25
    }

    "search matches customerId, name or email, case-insensitively" {
        server.addCustomer("alpha", "Ann Lee", "ann@x.co")
        server.addCustomer("beta", "Bob", "bob@lee.io")
        server.addCustomer("gamma", "Gus", "gus@x.co")
        core.customers.list(ListCustomersParams.builder().search("LEE").build()).results.map { it.customerId } shouldBe listOf("alpha", "beta")
        core.customers.list(ListCustomersParams.builder().search("gam").build()).results.map { it.customerId } shouldBe listOf("gamma")
        val page = core.customers.list(ListCustomersParams.builder().search("x.co").pageSize(1).build())
        page.count shouldBe 2
        page.next shouldBe "${server.baseUrl}/api/v1/customers/?page=2&page_size=1&search=x.co"
    }

    "archive answers 204; afterwards retrieve is 404 and the list skips the customer" {
        server.addCustomer("c1").addCustomer("c2")
        raw.delete("/api/v1/customers/c1/").let {
            it.status shouldBe 204
            it.body shouldBe ""
        }
        shouldThrow<NotFoundException> { core.customers.retrieve("c1") }
        core.customers.list().results.map { it.customerId } shouldBe listOf("c2")
        core.customers.archive("c2").message shouldBe null
        server.customerCount() shouldBe 0
        shouldThrow<NotFoundException> { core.customers.archive("c2") }
        server.hasCustomer("c2") shouldBe false
        core.customers.create(CreateCustomerParams.builder().customerId("c2").build()).id shouldNotBe null
    }
})
