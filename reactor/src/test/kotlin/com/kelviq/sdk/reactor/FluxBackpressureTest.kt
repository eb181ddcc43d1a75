package com.kelviq.sdk.reactor

import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import reactor.test.StepVerifier

/** `listAll` Fluxes fetch a page only when demand reaches it (3 pages of 2 items). */
class FluxBackpressureTest : FunSpec({
    BlockHoundSupport.install() // every spec runs under BlockHound, whatever the order
    val f = WireFixtures

    test("customers().listAll fetches pages as items are requested") {
        MockKelviq().use { mock ->
            mock.serveThreePages("customers", f.CUSTOMER_JSON)
            val kelviq = ReactorKelviqClient.create(mock.core)
            val flux = kelviq.customers().listAll(ListCustomersParams.builder().pageSize(2).build())
            mock.requests shouldHaveSize 0

            StepVerifier.create(flux, 1)
                .expectNext(f.EXPECTED_CUSTOMER)
                .then { mock.requests shouldHaveSize 1 }
                .thenRequest(1)
                .expectNextCount(1)
                .then { mock.requests shouldHaveSize 1 }
                .thenRequest(1)
                .expectNextCount(1)
                .then { mock.requests shouldHaveSize 2 }
                .thenRequest(Long.MAX_VALUE)
                .expectNextCount(3)
                .verifyComplete()
            mock.requests.map { it.url } shouldBe (1..3).map { "${f.API}/customers/?page=$it&page_size=2" }
        }
    }

    test("request(1) then cancel fetches only the first page") {
        MockKelviq().use { mock ->
            mock.serveThreePages("subscriptions", f.SUBSCRIPTION_JSON)
            val kelviq = ReactorKelviqClient.create(mock.core)
            StepVerifier.create(kelviq.subscriptions().listAll(ListSubscriptionsParams.builder().pageSize(2).build()), 1)
                .expectNextCount(1)
                .thenCancel()
                .verify()
            mock.requests shouldHaveSize 1
        }
    }

    test("an unbounded subscriber gets every item of every page") {
        MockKelviq().use { mock ->
            mock.serveThreePages("subscriptions", f.SUBSCRIPTION_JSON)
            val kelviq = ReactorKelviqClient.create(mock.core)
            StepVerifier.create(kelviq.subscriptions().listAll()).expectNextCount(6).verifyComplete()
            mock.requests shouldHaveSize 3
        }
    }
})
