package com.kelviq.sdk.coroutines

import com.kelviq.sdk.metrics.KelviqObservations
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.RecordingObservationHandler
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.micrometer.core.instrument.kotlin.asContextElement
import io.micrometer.observation.Observation
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext

/** The coroutines client's calls are observed under the coroutine's observation, carried by Micrometer's `asContextElement()` across threads. */
class CoroutineObservationTest : FunSpec({
    test("a call made on another dispatcher than the one that opened the observation is its child") {
        MockKelviq().use { mock ->
            val (registry, recording) = RecordingObservationHandler.registry()
            val stopped = recording.stopped
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
