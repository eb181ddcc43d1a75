package com.kelviq.sdk.reactor

import com.kelviq.sdk.testing.HangingMock
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.withTimeout

/** Disposing a subscription cancels the HTTP exchange in flight. */
class ReactorCancellationTest : FunSpec({
    BlockHoundSupport.install() // every spec runs under BlockHound, whatever the order
    test("disposing a Mono subscription cancels the exchange") {
        HangingMock().use { h ->
            val kelviq = ReactorKelviqClient.create(h.mock.core)
            val subscription = kelviq.customers().retrieve("c1").subscribe()
            h.started.await()
            subscription.dispose()
            // A guard against hanging forever, not a timing assertion.
            withTimeout(10_000) { h.aborted.await() }.shouldBeInstanceOf<CancellationException>()
        }
    }

    test("disposing a Flux subscription cancels the page request in flight") {
        HangingMock().use { h ->
            val kelviq = ReactorKelviqClient.create(h.mock.core)
            val subscription = kelviq.subscriptions().listAll().subscribe()
            h.started.await()
            subscription.dispose()
            withTimeout(10_000) { h.aborted.await() }.shouldBeInstanceOf<CancellationException>()
            h.mock.requests.size shouldBe 1
        }
    }
})
