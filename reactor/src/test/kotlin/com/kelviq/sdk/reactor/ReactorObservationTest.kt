package com.kelviq.sdk.reactor

import com.kelviq.sdk.metrics.KelviqObservations
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.RecordingObservationHandler
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.micrometer.observation.Observation
import reactor.util.context.Context

/** The Reactor client's calls are observed under the subscriber's observation, read from the Reactor context (as WebFlux puts it there). */
class ReactorObservationTest : FunSpec({
    test("a Mono's call and each page of a Flux are children of the observation in the subscriber's context") {
        MockKelviq().use { mock ->
            val (registry, recording) = RecordingObservationHandler.registry()
            val stopped = recording.stopped
            KelviqObservations(mock.core).bindTo(registry)
            val client = ReactorKelviqClient.create(mock.core)
            val parent = Observation.start("webflux.request", registry)

            mock.answer(WireFixtures.CUSTOMER_JSON)
            client.customers().retrieve("c1").contextWrite(Context.of("micrometer.observation", parent)).block()
            mock.serveThreePages("customers", WireFixtures.CUSTOMER_JSON)
            client.customers().listAll().contextWrite(Context.of("micrometer.observation", parent)).collectList().block()!! shouldHaveSize 6
            mock.answer(WireFixtures.CUSTOMER_JSON)
            client.customers().retrieve("c1").block() // no observation in the context: a root

            val calls = stopped.filter { it.name == KelviqObservations.NAME }
            calls.map { it.contextualName } shouldBe listOf("kelviq customers.retrieve") + List(3) { "kelviq customers.list" } +
                "kelviq customers.retrieve"
            calls.take(4).forEach { it.parentObservation shouldBe parent }
            calls.last().parentObservation shouldBe null
        }
    }
})
