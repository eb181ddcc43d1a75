package com.kelviq.sdk.coroutines

import com.kelviq.sdk.testing.HangingMock
import com.kelviq.sdk.testing.MockKelviq
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.flow.collect
import kotlinx.coroutines.launch
import kotlinx.coroutines.withTimeout

/** Cancelling the calling coroutine aborts the HTTP exchange in flight. */
class CancellationTest : FunSpec({

    test("cancelling a suspended call cancels the exchange") {
        HangingMock().use { h ->
            val kelviq = KelviqClient(h.mock.core)
            val job = launch { kelviq.customers.retrieve("c1") }
            h.started.await()
            job.cancel()
            // A guard against hanging forever, not a timing assertion.
            withTimeout(10_000) { h.aborted.await() }.shouldBeInstanceOf<CancellationException>()
            job.join()
            job.isCancelled shouldBe true
        }
    }

    test("cancelling the collector of listAll cancels the page request in flight") {
        HangingMock().use { h ->
            val kelviq = KelviqClient(h.mock.core)
            val job = launch { kelviq.subscriptions.listAll().collect() }
            h.started.await()
            job.cancel()
            withTimeout(10_000) { h.aborted.await() }.shouldBeInstanceOf<CancellationException>()
            job.join()
            h.mock.requests.size shouldBe 1
        }
    }
})
