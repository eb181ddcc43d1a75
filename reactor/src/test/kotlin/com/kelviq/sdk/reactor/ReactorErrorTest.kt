package com.kelviq.sdk.reactor

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.errors.RateLimitException
import com.kelviq.sdk.testing.MockKelviq
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import reactor.test.StepVerifier

/** Core's exceptions arrive as onError, unchanged. */
class ReactorErrorTest : FunSpec({
    BlockHoundSupport.install() // every spec runs under BlockHound, whatever the order
    test("a 404 arrives as NotFoundException") {
        MockKelviq().use { mock ->
            mock.answer("""{"detail":"Not found."}""", 404)
            val kelviq = ReactorKelviqClient.create(mock.core)
            StepVerifier.create(kelviq.customers().retrieve("missing"))
                .expectErrorSatisfies { e ->
                    e.shouldBeInstanceOf<NotFoundException>()
                    e.statusCode shouldBe 404
                }
                .verify()
            StepVerifier.create(kelviq.subscriptions().retrieve("missing")).expectError(NotFoundException::class.java).verify()
        }
    }

    test("an error while paging ends the Flux with the same exception") {
        MockKelviq().use { mock ->
            mock.answer("""{"detail":"slow down"}""", 429)
            StepVerifier.create(ReactorKelviqClient.create(mock.core).customers().listAll())
                .expectError(RateLimitException::class.java)
                .verify()
        }
    }

    test("an id refused by core's validation arrives as onError, nothing sent") {
        MockKelviq().use { mock ->
            val kelviq = ReactorKelviqClient.create(mock.core)
            val mono = kelviq.customers().retrieve(" ") // assembling does not throw
            StepVerifier.create(mono)
                .expectErrorSatisfies { it.shouldBeInstanceOf<KelviqValidationException>().field shouldBe "customerId" }
                .verify()
            mock.requests shouldHaveSize 0
        }
    }
})
