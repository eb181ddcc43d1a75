package com.kelviq.sdk.reactor

import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import reactor.blockhound.BlockingOperationError
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono
import reactor.core.scheduler.Schedulers
import reactor.test.StepVerifier

/** With BlockHound installed, every operation subscribed on Reactor's non-blocking threads completes. */
class BlockHoundTest : FunSpec({
    BlockHoundSupport.install()
    val f = WireFixtures

    test("BlockHound is active: blocking on a parallel thread fails") {
        val blocking = Mono.fromCallable { Thread.sleep(1); "slept" }.subscribeOn(Schedulers.parallel())
        StepVerifier.create(blocking).expectError(BlockingOperationError::class.java).verify()
    }

    test("every operation subscribed on Schedulers.parallel() completes without blocking") {
        MockKelviq().use { mock ->
            val kelviq = ReactorKelviqClient.create(mock.core)
            fun <T : Any> onParallel(answer: () -> Unit, mono: Mono<T>) {
                answer()
                StepVerifier.create(mono.subscribeOn(Schedulers.parallel()).publishOn(Schedulers.parallel()))
                    .expectNextCount(1)
                    .verifyComplete()
            }
            onParallel({ f.createCustomer.answerOn(mock) }, kelviq.customers().create(f.createCustomer.input))
            onParallel({ f.retrieveCustomer.answerOn(mock) }, kelviq.customers().retrieve(f.retrieveCustomer.input))
            onParallel({ f.updateCustomer.answerOn(mock) }, kelviq.customers().update(f.updateCustomer.input))
            onParallel({ f.listCustomers.answerOn(mock) }, kelviq.customers().list(f.listCustomers.input))
            onParallel({ f.archiveCustomer.answerOn(mock) }, kelviq.customers().archive(f.archiveCustomer.input))
            onParallel({ f.createCheckoutSession.answerOn(mock) }, kelviq.checkout().createSession(f.createCheckoutSession.input))
            onParallel({ f.hasAccess.answerOn(mock) }, kelviq.entitlements().hasAccess("c1", "seats"))
            onParallel({ f.getEntitlement.answerOn(mock) }, kelviq.entitlements().getEntitlement("c1", "seats"))
            onParallel({ f.getAllEntitlements.answerOn(mock) }, kelviq.entitlements().getAllEntitlements("c1"))
            onParallel({ f.reportUsage.answerOn(mock) }, kelviq.reporting().reportUsage(f.reportUsage.input))
            onParallel({ f.reportEvent.answerOn(mock) }, kelviq.reporting().reportEvent(f.reportEvent.input))
            onParallel({ f.updateSubscription.answerOn(mock) }, kelviq.subscriptions().update(f.updateSubscription.input))
            onParallel({ f.cancelSubscription.answerOn(mock) }, kelviq.subscriptions().cancel(f.cancelSubscription.input))
            onParallel({ f.listSubscriptions.answerOn(mock) }, kelviq.subscriptions().list(f.listSubscriptions.input))
            onParallel({ f.retrieveSubscription.answerOn(mock) }, kelviq.subscriptions().retrieve(f.retrieveSubscription.input))
            onParallel({ f.createSubscription.answerOn(mock) }, kelviq.subscriptions().create(f.createSubscription.input))
            mock.requests shouldHaveSize 16
        }
    }

    test("listAll subscribed and requested on Schedulers.parallel() completes without blocking") {
        MockKelviq().use { mock ->
            mock.serveThreePages("customers", f.CUSTOMER_JSON)
            val kelviq = ReactorKelviqClient.create(mock.core)
            val flux: Flux<*> = kelviq.customers().listAll().subscribeOn(Schedulers.parallel()).limitRate(1)
            StepVerifier.create(flux).expectNextCount(6).verifyComplete()
            mock.requests shouldHaveSize 3
        }
    }
})
