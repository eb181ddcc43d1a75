package com.kelviq.sdk.metrics

import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.RecordingObservationHandler
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.customers
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain
import io.micrometer.observation.Observation
import io.micrometer.observation.ObservationRegistry
import io.micrometer.observation.transport.SenderContext
import kotlinx.coroutines.runBlocking

/** [KelviqObservations]: one observation per call, under the caller's current one, with the trace carried in the request headers. */
private const val TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"

class KelviqObservationsTest : FunSpec({
    fun setUp(): Triple<MockKelviq, ObservationRegistry, RecordingObservationHandler> {
        val mock = MockKelviq(MockKelviq.testConfig { maxRetries(0) })
        val (registry, recording) = RecordingObservationHandler.registry(TRACEPARENT)
        KelviqObservations(mock.core).bindTo(registry)
        return Triple(mock, registry, recording)
    }

    test("a call on the SDK's threads (the async Java client) is a child of the caller's current observation; the trace goes out in the headers") {
        val (mock, registry, recording) = setUp()
        mock.use {
            mock.answer(WireFixtures.CUSTOMER_JSON)
            val parent = Observation.start("checkout", registry)
            parent.openScope().use { mock.core.services.futures.retrieveCustomer("secret-customer-9").get() }
            parent.stop()
            val call = recording.stopped.single { it.name == KelviqObservations.NAME }
            call.parentObservation shouldBe parent
            call.contextualName shouldBe "kelviq customers.retrieve"
            call.lowCardinalityKeyValues.associate { it.key to it.value } shouldBe
                mapOf("kelviq.operation" to "customers.retrieve", "http.method" to "GET", "status" to "2xx", "exception" to "none")
            (call as SenderContext<*>).remoteServiceName shouldBe "kelviq"
            mock.last.header("traceparent") shouldBe TRACEPARENT
            (call.lowCardinalityKeyValues.toString() + call.highCardinalityKeyValues.toString() + call.contextualName) shouldNotContain "secret-customer"
        }
    }

    test("the blocking client's call on the caller's thread and a coroutine's call see the current observation; a failure is recorded") {
        val (mock, registry, recording) = setUp()
        mock.use {
            mock.answer("""{"detail":"Not found."}""", 404)
            val parent = Observation.start("request", registry)
            parent.openScope().use {
                shouldThrow<java.util.concurrent.CompletionException> { mock.core.services.callerThreadFutures.retrieveCustomer("c1").join() }
                    .cause!!::class shouldBe NotFoundException::class
                runBlocking { shouldThrow<NotFoundException> { mock.core.customers.retrieve("c2") } }
            }
            parent.stop()
            val calls = recording.stopped.filter { it.name == KelviqObservations.NAME }
            calls shouldHaveSize 2
            calls.forEach { call ->
                call.parentObservation shouldBe parent
                call.error!!::class shouldBe NotFoundException::class
                call.lowCardinalityKeyValues.associate { it.key to it.value }.filterKeys { it == "status" || it == "exception" } shouldBe
                    mapOf("status" to "4xx", "exception" to "NotFoundException")
            }
        }
    }

    test("without a current observation a call is a root; after unbind nothing is observed and no header is added") {
        val (mock, registry, recording) = setUp()
        mock.use {
            mock.answer(WireFixtures.CUSTOMER_JSON)
            runBlocking { mock.core.customers.retrieve("c1") }
            recording.stopped.single().parentObservation shouldBe null
            KelviqObservations(mock.core).unbind()
            runBlocking { mock.core.customers.retrieve("c1") }
            recording.stopped shouldHaveSize 1
            mock.last.header("traceparent") shouldBe null
            registry.isNoop shouldBe false
        }
    }

    test("an entitlement check that loads through the cache (a shared load in the core's scope) keeps the caller's parent") {
        val mock = MockKelviq(MockKelviq.testConfig { entitlementCache(com.kelviq.sdk.EntitlementCacheConfig.DEFAULT) })
        val (registry, recording) = RecordingObservationHandler.registry()
        KelviqObservations(mock.core).bindTo(registry)
        mock.use {
            mock.answer(WireFixtures.ENTITLEMENTS_JSON)
            val parent = Observation.start("request", registry)
            parent.openScope().use { mock.core.services.futures.hasAccess("c1", "api-calls").get() }
            parent.stop()
            val call = recording.stopped.single { it.name == KelviqObservations.NAME }
            call.contextualName shouldBe "kelviq entitlements.getAllEntitlements"
            call.parentObservation shouldBe parent
        }
    }
})
