package com.kelviq.sdk.reactor

import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import reactor.test.StepVerifier

/** Operations return cold Monos: nothing before subscription, one request per subscription. */
class MonoLazinessTest : FunSpec({
    BlockHoundSupport.install() // every spec runs under BlockHound, whatever the order
    val f = WireFixtures

    test("nothing is sent before subscription; each subscription sends again") {
        MockKelviq().use { mock ->
            val kelviq = ReactorKelviqClient.create(mock.core)
            f.retrieveCustomer.answerOn(mock)
            val mono = kelviq.customers().retrieve("c1")
            val flux = kelviq.customers().listAll()
            kelviq.reporting().reportUsage(f.reportUsage.input)
            kelviq.entitlements().hasAccess("c1", "seats")
            mock.requests shouldHaveSize 0

            StepVerifier.create(mono).expectNext(f.EXPECTED_CUSTOMER).verifyComplete()
            mock.requests shouldHaveSize 1
            StepVerifier.create(mono).expectNext(f.EXPECTED_CUSTOMER).verifyComplete()
            mock.requests shouldHaveSize 2
            flux.hashCode() // still not subscribed
            mock.requests shouldHaveSize 2
        }
    }

    test("getEntitlement is an empty Mono when the customer has no entry for the feature; hasAccess is false") {
        MockKelviq().use { mock ->
            val kelviq = ReactorKelviqClient.create(mock.core)
            mock.answer("""{"customerId":"c1","entitlements":[]}""")
            StepVerifier.create(kelviq.entitlements().getEntitlement("c1", "nope")).verifyComplete()
            StepVerifier.create(kelviq.entitlements().hasAccess("c1", "nope")).expectNext(false).verifyComplete()
            mock.requests shouldHaveSize 2
            mock.last.url shouldBe "${f.EDGE}/entitlements/?customer_id=c1&feature_id=nope"
        }
    }
})
