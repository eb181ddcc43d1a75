package com.kelviq.sdk.internal.service

import com.kelviq.sdk.model.Charge
import com.kelviq.sdk.model.CheckoutSessionDetails
import com.kelviq.sdk.model.CheckoutSessionEventPage
import com.kelviq.sdk.model.CheckoutSessionPage
import com.kelviq.sdk.model.LicenseActivation
import com.kelviq.sdk.model.LicenseDeactivation
import com.kelviq.sdk.model.LicenseValidation
import com.kelviq.sdk.model.Order
import com.kelviq.sdk.model.OrderEventPage
import com.kelviq.sdk.model.OrderPage
import com.kelviq.sdk.model.PaymentMethodPage
import com.kelviq.sdk.model.PortalSession
import com.kelviq.sdk.model.ProductOffering
import com.kelviq.sdk.model.Refund
import com.kelviq.sdk.model.RefundPage
import com.kelviq.sdk.model.TransactionPage
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.RuntimeWireFixtures
import com.kelviq.sdk.testing.services
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.math.BigDecimal
import java.time.Instant

/**
 * Every runtime-API operation sends its fixture's exact request and decodes the OpenAPI's documented response
 * example completely: the decoded model, encoded again, holds every documented field with the documented value.
 */
class RuntimeOperationsTest : FunSpec({
    val serializers: Map<String, KSerializer<*>> = mapOf(
        "portal.createSession" to PortalSession.serializer(), "charges.create" to Charge.serializer(),
        "licenses.activate" to LicenseActivation.serializer(), "licenses.deactivate" to LicenseDeactivation.serializer(),
        "licenses.validate" to LicenseValidation.serializer(), "refunds.create" to Refund.serializer(), "refunds.list" to RefundPage.serializer(),
        "refunds.retrieve" to Refund.serializer(), "transactions.list" to TransactionPage.serializer(),
        "checkout.listSessions" to CheckoutSessionPage.serializer(), "checkout.retrieveSession" to CheckoutSessionDetails.serializer(),
        "checkout.listSessionEvents" to CheckoutSessionEventPage.serializer(), "offerings.retrieve" to ProductOffering.serializer(),
        "paymentMethods.list" to PaymentMethodPage.serializer(), "orders.list" to OrderPage.serializer(), "orders.retrieve" to Order.serializer(),
        "orders.listEvents" to OrderEventPage.serializer(),
    )
    val mock = MockKelviq()
    afterSpec { mock.close() }

    test("every fixture has a decoding check") {
        RuntimeWireFixtures.all().map { it.name }.toSet() shouldBe serializers.keys
    }

    for (fixture in RuntimeWireFixtures.all()) {
        test("${fixture.name}: exact request, every documented field decoded") {
            fixture.wire.answerOn(mock)
            mock.requests.clear()
            val result = fixture.callCore(mock.core.services)
            mock.requests.size shouldBe 1
            fixture.wire.assertSent(mock.last)
            @Suppress("UNCHECKED_CAST")
            val again = Json.encodeToJsonElement(serializers.getValue(fixture.name) as KSerializer<Any?>, result)
            assertCovers(fixture.name, Json.parseToJsonElement(fixture.wire.response), again)
        }
    }

    test("decoded values of the documented examples") {
        suspend fun <T> call(name: String): T {
            val f = RuntimeWireFixtures.all().single { it.name == name }
            f.wire.answerOn(mock)
            @Suppress("UNCHECKED_CAST")
            return f.callCore(mock.core.services) as T
        }
        val order = call<Order>("orders.retrieve")
        order.amountTotalUnits shouldBe 26_100L
        order.amountTotalDecimal() shouldBe BigDecimal("261.00")
        order.customer!!.email shouldBe "jane@example.com"
        order.subscription!!.nextInvoiceDate shouldBe Instant.parse("2026-08-28T10:46:34Z")
        order.paymentMethod!!.last4 shouldBe "4242"
        order.billingAddress!!.postalCode shouldBe "560001"
        order.plan["version"] shouldBe 3L
        val session = call<CheckoutSessionDetails>("checkout.retrieveSession")
        session.order!!.invoiceId shouldBe "INV-20260729103000-XZ7Q1"
        session.subscription!!.startDate shouldBe java.time.LocalDate.of(2026, 7, 29)
        session.subscription!!.endDate shouldBe null
        val offering = call<ProductOffering>("offerings.retrieve")
        offering.plans.map { it.identifier }.first() shouldBe "i-base"
        offering.plans.first().price!!.charges.first().featureQuantityPriceDecimal()!!.compareTo(BigDecimal("19")) shouldBe 0
        offering.currencyConversionRateDecimal()!!.compareTo(BigDecimal.ONE) shouldBe 0
        val methods = call<PaymentMethodPage>("paymentMethods.list")
        methods.results.single().methodData["expYear"] shouldBe 2029L
        methods.results.single().createdOn shouldBe Instant.parse("2026-04-02T06:12:04.123456Z")
        call<OrderEventPage>("orders.listEvents").results.single().metadata["primary"] shouldBe "+112.50"
    }
})

/**
 * Fails unless [actual] holds every field of [documented] with the same value: objects key by key (a documented
 * `null`, `{}` or `[]` may be left out, as the model's empty default is not encoded), arrays item by item, and primitives by their text (`25` and `"25"`, `1` and `1.0` are
 * one decimal; instants compared as instants).
 */
private fun assertCovers(path: String, documented: JsonElement, actual: JsonElement?) {
    when (documented) {
        is JsonNull -> if (actual != null && actual != JsonNull) throw AssertionError("$path: documented null, decoded $actual")
        is JsonObject -> {
            if (documented.isEmpty() && actual == null) return // an empty default is not encoded again
            val obj = actual as? JsonObject ?: throw AssertionError("$path: documented an object, decoded $actual")
            for ((key, value) in documented) assertCovers("$path.$key", value, obj[key])
        }
        is JsonArray -> {
            if (documented.isEmpty() && actual == null) return
            val array = actual as? JsonArray ?: throw AssertionError("$path: documented an array, decoded $actual")
            if (array.size != documented.size) throw AssertionError("$path: documented ${documented.size} items, decoded ${array.size}")
            documented.forEachIndexed { i, item -> assertCovers("$path[$i]", item, array[i]) }
        }
        is JsonPrimitive -> {
            val prim = actual as? JsonPrimitive ?: throw AssertionError("$path: documented $documented, decoded $actual")
            if (!samePrimitive(documented.content, prim.content)) throw AssertionError("$path: documented $documented, decoded $actual")
        }
    }
}

private fun samePrimitive(a: String, b: String): Boolean {
    if (a == b) return true
    val da = a.toBigDecimalOrNull()
    val db = b.toBigDecimalOrNull()
    if (da != null && db != null) return da.compareTo(db) == 0
    return runCatching { Instant.parse(a) == Instant.parse(b) }.getOrDefault(false)
}
