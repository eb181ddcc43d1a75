package com.kelviq.sdk.internal.service

import com.kelviq.sdk.testing.checkout
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CheckoutSession
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.TaxBehavior
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures.API
import com.kelviq.sdk.testing.bodyKeys
import com.kelviq.sdk.testing.json
import com.kelviq.sdk.testing.shouldBeRequest
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject
import java.math.BigDecimal

/** The exact request of `checkout.createSession`. */
class CheckoutServiceTest : FunSpec({
    val session = """{"checkoutUrl":"https://checkout.kelviq.com/cs_1/","checkoutSessionId":"cs_1"}"""
    fun required() = CreateCheckoutSessionParams.builder()
        .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://example.com/ok")

    test("every documented field is sent under its exact key") {
        MockKelviq().use { m ->
            m.answer(session, 201)
            @Suppress("DEPRECATION")
            val params = required().customerId("c1")
                .features(listOf(FeatureQuantity("seats", 5), FeatureQuantity("storage", 0)))
                .ipAddress("203.0.113.7").cancelUrl("http://example.com/cancel?x=1").plansEnabled("plan-pro,plan-team")
                .currencyCode("EUR").customAmount(BigDecimal("29.99")).taxBehavior(TaxBehavior.INCLUSIVE)
                .discountsEnabled(true).discountCode("WELCOME10").lockEmail(false).defaultBillingCountry("DE")
                .metadata(mapOf("order_ref" to "ABC-123", "team" to "x"))
                .offeringId("off_1").pricingTableId("pt_1").ruleId("rule_1")
                .build()
            m.core.checkout.createSession(params) shouldBe CheckoutSession("https://checkout.kelviq.com/cs_1/", "cs_1")
            m.last.shouldBeRequest(
                "POST", "$API/checkout/",
                """{"planIdentifier":"plan-pro","chargePeriod":"MONTHLY","successUrl":"https://example.com/ok",""" +
                    """"customerId":"c1","features":[{"identifier":"seats","quantity":5},{"identifier":"storage","quantity":0}],""" +
                    """"ipAddress":"203.0.113.7","cancelUrl":"http://example.com/cancel?x=1","plansEnabled":"plan-pro,plan-team",""" +
                    """"currencyCode":"EUR","customAmount":29.99,"taxBehavior":"INCLUSIVE","discountsEnabled":true,""" +
                    """"discountCode":"WELCOME10","lockEmail":false,"defaultBillingCountry":"DE",""" +
                    """"metadata":{"order_ref":"ABC-123","team":"x"},"offeringId":"off_1","pricingTableId":"pt_1","ruleId":"rule_1"}""",
            )
            m.last.bodyKeys() shouldBe setOf(
                "planIdentifier", "chargePeriod", "successUrl", "customerId", "features", "ipAddress", "cancelUrl",
                "plansEnabled", "currencyCode", "customAmount", "taxBehavior", "discountsEnabled", "discountCode",
                "lockEmail", "defaultBillingCountry", "metadata", "offeringId", "pricingTableId", "ruleId",
            )
        }
    }

    test("only the required fields are sent when nothing else is set") {
        MockKelviq().use { m ->
            m.answer(session, 201)
            m.core.checkout.createSession(required().build())
            m.last.shouldBeRequest(
                "POST", "$API/checkout/",
                """{"planIdentifier":"plan-pro","chargePeriod":"MONTHLY","successUrl":"https://example.com/ok"}""",
            )
        }
    }

    test("nullable setters given null omit the key") {
        MockKelviq().use { m ->
            m.answer(session, 201)
            m.core.checkout.createSession(required().customerId(null).features(null).cancelUrl(null).metadata(null).build())
            m.last.bodyKeys() shouldBe setOf("planIdentifier", "chargePeriod", "successUrl")
        }
    }

    test("custom amounts keep their numeric form") {
        MockKelviq().use { m ->
            m.answer(session, 201)
            m.core.checkout.createSession(required().customAmount(2999L).build())
            m.last.json().jsonObject["customAmount"] shouldBe JsonPrimitive(2999)
            m.core.checkout.createSession(required().customAmount(12.5).build())
            m.last.json().jsonObject["customAmount"] shouldBe Json.parseToJsonElement("12.5")
        }
    }

    context("every charge period is sent by its name") {
        withData(ChargePeriod.entries) { period ->
            MockKelviq().use { m ->
                m.answer(session, 201)
                m.core.checkout.createSession(required().chargePeriod(period).build())
                m.last.shouldBeRequest(
                    "POST", "$API/checkout/",
                    """{"planIdentifier":"plan-pro","chargePeriod":"${period.name}","successUrl":"https://example.com/ok"}""",
                )
            }
        }
    }

    test("the session is decoded from snake_case too") {
        MockKelviq().use { m ->
            m.answer("""{"checkout_url":"https://c/1","checkout_session_id":"cs_2","extra":1}""", 201)
            m.core.checkout.createSession(required().build()) shouldBe CheckoutSession("https://c/1", "cs_2")
        }
    }
})
