package com.kelviq.sdk

import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.testing.MockKelviq
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.Json

class CustomersServiceTest : StringSpec({
    "create sends POST /customers/ with the exact JSON body and headers" {
        MockKelviq().use { mock ->
            mock.answer("""{"id":"u1","customerId":"c1","name":null,"email":"a@b.co","createdOn":"2025-06-04T06:03:30.195790Z"}""", 201)
            val customer = mock.core.customers.create(
                CreateCustomerParams.builder().customerId("c1").email("a@b.co").name("Ann").metadata(mapOf("k" to "v")).build(),
            )
            val req = mock.last
            req.method shouldBe "POST"
            req.url shouldBe "https://api.kelviq.com/api/v1/customers/"
            req.header("Authorization") shouldBe "Bearer ${MockKelviq.API_KEY}"
            req.header("Accept") shouldBe "application/json"
            req.contentType shouldBe "application/json"
            Json.parseToJsonElement(req.body!!) shouldBe
                Json.parseToJsonElement("""{"customerId":"c1","email":"a@b.co","name":"Ann","metadata":{"k":"v"}}""")
            customer.customerId shouldBe "c1"
            customer.name shouldBe null
            customer.createdOn.toString() shouldBe "2025-06-04T06:03:30.195790Z"
        }
    }

    "retrieve encodes the id as one path segment" {
        MockKelviq().use { mock ->
            mock.answer("""{"id":"u1","customer_id":"a/b c"}""")
            mock.core.customers.retrieve("a/b c").customerId shouldBe "a/b c"
            mock.last.url shouldBe "https://api.kelviq.com/api/v1/customers/a%2Fb%20c/"
        }
    }
})
