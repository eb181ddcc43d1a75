package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.checkout
import com.kelviq.sdk.testing.customers
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** An explicit clear sends JSON null, distinct from leaving a field out; checkout metadata takes any JSON values. */
class ClearingAndJsonMetadataTest : FunSpec({
    test("clearX sends null; a null setter leaves the field out; setting after a clear wins") {
        MockKelviq().use { m ->
            m.answer(WireFixtures.CUSTOMER_JSON)
            m.core.customers.update(UpdateCustomerParams.builder().customerId("c1").name("Ann").clearEmail().clearBillingAddress().build())
            m.last.body shouldBe """{"name":"Ann","email":null,"billingAddress":null}"""
            m.core.customers.update(UpdateCustomerParams.builder().customerId("c1").email(null).clearMetadata().build())
            m.last.body shouldBe """{"metadata":null}"""
            m.core.customers.update(UpdateCustomerParams.builder().customerId("c1").clearName().name("Bo").build())
            m.last.body shouldBe """{"name":"Bo"}"""
            UpdateCustomerParams.builder().customerId("c1").clearName().build().cleared shouldBe setOf("name")
            shouldThrow<KelviqValidationException> { UpdateCustomerParams.builder().customerId("c1").email(null).build() }
        }
    }

    test("checkout metadata keeps nested JSON values exactly; a non-JSON value is refused by path") {
        MockKelviq().use { m ->
            m.answer("""{"checkoutUrl":"https://pay.example/x","checkoutSessionId":"cs_1"}""", 201)
            val metadata = linkedMapOf<String, Any?>(
                "order_ref" to "ABC-123", "qty" to 3, "price" to 9.5, "gift" to true, "note" to null,
                "tags" to listOf("a", 1), "nested" to mapOf("k" to "v"),
            )
            m.core.checkout.createSession(
                CreateCheckoutSessionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://x.io/ok")
                    .metadata(metadata).build(),
            )
            m.last.body!!.contains(""""metadata":{"order_ref":"ABC-123","qty":3,"price":9.5,"gift":true,"note":null,"tags":["a",1],"nested":{"k":"v"}}""") shouldBe true
            val e = shouldThrow<KelviqValidationException> {
                CreateCheckoutSessionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://x.io/ok")
                    .metadata(mapOf("nested" to mapOf("when" to java.time.Instant.EPOCH))).build()
            }
            e.field shouldBe "metadata.nested.when"
            m.requests.size shouldBe 1
        }
    }
})
