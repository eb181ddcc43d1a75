package com.kelviq.sdk.coroutines

import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.errors.RateLimitException
import com.kelviq.sdk.testing.MockKelviq
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain
import kotlinx.coroutines.flow.toList

/** Core's exceptions reach the caller unchanged. */
class ErrorPropagationTest : FunSpec({
    test("a 404 arrives as NotFoundException") {
        MockKelviq().use { mock ->
            mock.answer("""{"detail":"Not found."}""", 404)
            val kelviq = KelviqClient(mock.core)
            val e = shouldThrow<NotFoundException> { kelviq.customers.retrieve("missing") }
            e.statusCode shouldBe 404
            e.message!! shouldNotContain MockKelviq.API_KEY
            shouldThrow<NotFoundException> { kelviq.subscriptions.retrieve("missing") }
        }
    }

    test("an error while paging ends the Flow with the same exception") {
        MockKelviq().use { mock ->
            mock.answer("""{"detail":"slow down"}""", 429)
            shouldThrow<RateLimitException> { KelviqClient(mock.core).customers.listAll().toList() }
        }
    }
})
