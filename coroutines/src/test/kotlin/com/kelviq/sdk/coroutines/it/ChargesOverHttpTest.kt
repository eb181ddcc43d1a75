package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateChargeParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** `charges.create` over real HTTP: the exact body, ONE_TIME enforced before sending, never retried once possibly processed. */
class ChargesOverHttpTest : FunSpec({
    test("the documented body and the decoded charge") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1")
            KelviqClient(server.config()).use { kelviq ->
                val charge = kelviq.charges.create(planIdentifier = "lifetime", customerId = "c1", features = listOf(FeatureQuantity("seats", 2)))
                val sent = server.lastRequest()!!
                sent.method shouldBe "POST"
                sent.path shouldBe "/api/v1/charges/"
                sent.body shouldBe """{"planIdentifier":"lifetime","chargePeriod":"ONE_TIME","customerId":"c1","features":[{"identifier":"seats","quantity":2}]}"""
                charge.billingType shouldBe "ONE_TIME"
                charge.plan!!.identifier shouldBe "lifetime"
                charge.customerId shouldBe "c1"
                charge.features shouldBe listOf(mapOf("identifier" to "seats", "quantity" to 2L))
            }
        }
    }

    test("a charge period other than ONE_TIME is refused before anything is sent") {
        shouldThrow<KelviqValidationException> {
            CreateChargeParams.builder().planIdentifier("p").customerId("c1").chargePeriod(ChargePeriod.MONTHLY).build()
        }.field shouldBe "chargePeriod"
    }

    test("a 5xx is not retried (the charge may have been made); a 429 is") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1")
            KelviqClient(server.configBuilder().maxRetries(3).build()).use { kelviq ->
                val charges = RequestMatcher.pathPrefix("/api/v1/charges/")
                server.failNext(charges, 1, 500, emptyMap())
                shouldThrow<InternalServerException> { kelviq.charges.create(planIdentifier = "p", customerId = "c1") }
                server.requestCount(charges) shouldBe 1
                server.failNext(charges, 1, 429, mapOf("Retry-After" to "0"))
                kelviq.charges.create(planIdentifier = "p", customerId = "c1").customerId shouldBe "c1"
                server.requestCount(charges) shouldBe 3
            }
        }
    }
})
