package com.kelviq.sdk.internal.bridge

import com.kelviq.sdk.testing.futures
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixture
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.kotest.matchers.types.shouldBeSameInstanceAs
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.withTimeout
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException
import java.util.concurrent.ExecutionException
import java.util.concurrent.TimeUnit

/** The CompletableFuture bridge: decoded models, exceptional completion with the original exception, cancellation. */
class FuturesBridgeTest : FunSpec({
    fun <T> CompletableFuture<T>.await5(): T = get(5, TimeUnit.SECONDS)

    test("every operation completes with the decoded model and sends the fixture's request") {
        val f = WireFixtures
        MockKelviq().use { m ->
            val fut = m.core.futures
            fun <I, R> check(fx: WireFixture<I>, call: (I) -> CompletableFuture<R>): R {
                fx.answerOn(m)
                val out = call(fx.input).await5()
                fx.assertSent(m.last)
                return out
            }
            check(f.createCustomer) { fut.createCustomer(it) } shouldBe f.EXPECTED_CUSTOMER
            check(f.retrieveCustomer) { fut.retrieveCustomer(it) } shouldBe f.EXPECTED_CUSTOMER
            check(f.updateCustomer) { fut.updateCustomer(it) } shouldBe f.EXPECTED_CUSTOMER
            check(f.listCustomers) { fut.listCustomers(it) }.results shouldBe listOf(f.EXPECTED_CUSTOMER)
            check(f.archiveCustomer) { fut.archiveCustomer(it) } shouldBe f.EXPECTED_ARCHIVE
            check(f.createCheckoutSession) { fut.createCheckoutSession(it) } shouldBe f.EXPECTED_CHECKOUT
            check(f.hasAccess) { fut.hasAccess(it.first, it.second) } shouldBe true
            check(f.getEntitlement) { fut.getEntitlement(it.first, it.second) }!!.remaining shouldBe 4L
            check(f.getAllEntitlements) { fut.getAllEntitlements(it) }.byFeature().keys shouldBe setOf("seats", "sso")
            check(f.reportUsage) { fut.reportUsage(it) }.orgId shouldBe "org_1"
            check(f.reportEvent) { fut.reportEvent(it) }.idempotencyKey shouldBe "0123456789abcdef0123456789abcdef"
            check(f.updateSubscription) { fut.updateSubscription(it) } shouldBe f.EXPECTED_SUBSCRIPTION_UPDATE
            check(f.cancelSubscription) { fut.cancelSubscription(it) } shouldBe f.EXPECTED_CANCELLATION
            check(f.listSubscriptions) { fut.listSubscriptions(it) }.results.single().id shouldBe "520ca8a5-9fc0-4d6a-bc7a-2ba331595441"
            check(f.retrieveSubscription) { fut.retrieveSubscription(it) }.plan?.identifier shouldBe "plan-pro"
            check(f.createSubscription) { fut.createSubscription(it) }.billingType shouldBe "SUBSCRIPTION"
        }
    }

    test("getEntitlement completes with null when the feature is absent") {
        MockKelviq().use { m ->
            m.answer("""{"customerId":"c1","entitlements":[]}""")
            m.core.futures.getEntitlement("c1", "f").await5().shouldBeNull()
            m.core.futures.hasAccess("c1", "f").await5() shouldBe false
        }
    }

    test("a failure completes the future exceptionally with the original exception as cause") {
        MockKelviq().use { m ->
            m.answer("""{"detail":"Not found."}""", 404)
            val future = m.core.futures.retrieveSubscription("s1")
            val viaGet = shouldThrow<ExecutionException> { future.await5() }
            viaGet.cause.shouldBeInstanceOf<NotFoundException>().serverMessage shouldBe "Not found."
            val viaJoin = shouldThrow<CompletionException> { future.join() }
            viaJoin.cause shouldBeSameInstanceAs viaGet.cause
            future.isCompletedExceptionally shouldBe true

            m.answer("{}", 500)
            shouldThrow<ExecutionException> { m.core.futures.retrieveSubscription("s1").await5() }
                .cause.shouldBeInstanceOf<InternalServerException>()
        }
    }

    test("an invalid input fails the future with the validation exception and sends nothing") {
        MockKelviq().use { m ->
            val e = shouldThrow<ExecutionException> { m.core.futures.retrieveCustomer(" ").await5() }
            e.cause.shouldBeInstanceOf<KelviqValidationException>().field shouldBe "customerId"
            m.requests.size shouldBe 0
        }
    }

    test("cancelling a future cancels its HTTP exchange") {
        MockKelviq().use { m ->
            val entered = CompletableDeferred<Unit>()
            val sawCancellation = CompletableDeferred<Throwable>()
            m.handler = {
                entered.complete(Unit)
                try {
                    awaitCancellation()
                } catch (e: CancellationException) {
                    sawCancellation.complete(e)
                    throw e
                }
            }
            val future = m.core.futures.hasAccess("c1", "f")
            withTimeout(5_000) { entered.await() }
            future.cancel(true) shouldBe true
            withTimeout(5_000) { sawCancellation.await() }.shouldBeInstanceOf<CancellationException>()
            future.isCancelled shouldBe true
            m.requests.size shouldBe 1
        }
    }

    test("closing the core aborts calls in flight: the future fails with KelviqClosedException") {
        val m = MockKelviq()
        val sawCancellation = CompletableDeferred<Unit>()
        val entered = CompletableDeferred<Unit>()
        m.handler = {
            entered.complete(Unit)
            try {
                awaitCancellation()
            } finally {
                sawCancellation.complete(Unit)
            }
        }
        val future = m.core.futures.retrieveCustomer("c1")
        withTimeout(5_000) { entered.await() }
        m.close()
        withTimeout(5_000) { sawCancellation.await() }
        shouldThrow<ExecutionException> { future.await5() }.cause.shouldBeInstanceOf<com.kelviq.sdk.errors.KelviqClosedException>()
    }
})
