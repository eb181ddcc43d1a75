package com.kelviq.sdk.testkit

import com.kelviq.sdk.testing.checkout
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.TaxBehavior
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith

class CheckoutTest : StringSpec({
    val fixture = specServer()
    val server = fixture.server
    val core = fixture.core
    val raw = fixture.raw

    "a checkout session with every field is created and recorded" {
        val session = core.checkout.createSession(
            CreateCheckoutSessionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY)
                .successUrl("https://example.com/ok").customerId("c1").features(listOf(FeatureQuantity("seats", 5)))
                .cancelUrl("https://example.com/cancel").customAmount(2999L).currencyCode("USD").taxBehavior(TaxBehavior.EXCLUSIVE)
                .discountsEnabled(false).lockEmail(true).metadata(mapOf("order_ref" to "ABC-123")).build(),
        )
        session.checkoutSessionId shouldStartWith "cs_"
        session.checkoutUrl shouldBe "${server.baseUrl}/checkout/${session.checkoutSessionId}/"
        val record = server.checkoutSessions().single()
        record.checkoutSessionId shouldBe session.checkoutSessionId
        record.planIdentifier shouldBe "plan-pro"
        record.chargePeriod shouldBe "MONTHLY"
        record.customerId shouldBe "c1"
    }

    "the raw answer is 201 {checkoutUrl, checkoutSessionId}" {
        val answer = raw.post("/api/v1/checkout/", """{"planIdentifier":"p","chargePeriod":"ONE_TIME","successUrl":"http://localhost/ok"}""")
        answer.status shouldBe 201
        answer.json().keys shouldBe setOf("checkoutUrl", "checkoutSessionId")
    }

    "bad URLs and negative quantities are refused" {
        raw.post("/api/v1/checkout/", """{"planIdentifier":"p","chargePeriod":"MONTHLY","successUrl":"/relative"}""").json().keys shouldBe
            setOf("successUrl")
        raw.post(
            "/api/v1/checkout/",
            """{"planIdentifier":"p","chargePeriod":"MONTHLY","successUrl":"https://x.co","features":[{"identifier":"s","quantity":-1}]}""",
        ).json().keys shouldBe setOf("features")
        server.checkoutSessions() shouldBe emptyList()
    }
})
