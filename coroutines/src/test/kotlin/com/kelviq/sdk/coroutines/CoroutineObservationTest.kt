package com.kelviq.sdk.coroutines

import com.kelviq.sdk.metrics.KelviqObservations
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.micrometer.core.instrument.kotlin.asContextElement
import io.micrometer.observation.Observation
import io.micrometer.observation.ObservationHandler
import io.micrometer.observation.ObservationRegistry
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import java.util.concurrent.CopyOnWriteArrayList

/** The coroutines client's calls are observed under the coroutine's observation, carried by Micrometer's `asContextElement()` across threads. */
class CoroutineObservationTest : FunSpec({
    test("a call made on another dispatcher than the one that opened the observation is its child") {
        MockKelviq().use { mock ->
            val registry = ObservationRegistry.create()
            val stopped = CopyOnWriteArrayList<Observation.Context>()
            registry.observationConfig().observationHandler(object : ObservationHandler<Observation.Context> {
                override fun supportsContext(context: Observation.Context) = true
                override fun onStop(context: Observation.Context) {
                    stopped += context
                }
            })
            KelviqObservations(mock.core).bindTo(registry)
            val kelviq = KelviqClient(mock.core)
            mock.answer(WireFixtures.CUSTOMER_JSON)
            val parent = Observation.start("job", registry)
            runBlocking {
                parent.openScope().use {
                    withContext(registry.asContextElement()) {
                        withContext(Dispatchers.IO) { kelviq.customers.retrieve("c1") }
                    }
                }
            }
            parent.stop()
            stopped.single { it.name == KelviqObservations.NAME }.parentObservation shouldBe parent
        }
    }
})
