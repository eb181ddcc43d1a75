package com.kelviq.sdk.metrics

import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.KelviqServiceException
import com.kelviq.sdk.internal.transport.CallTracer
import io.micrometer.common.KeyValues
import io.micrometer.observation.Observation
import io.micrometer.observation.ObservationRegistry
import io.micrometer.observation.transport.RequestReplySenderContext

/**
 * A Micrometer `Observation` around each API call of one client (its [KelviqCore], every flavour built on it), so
 * that tracing (OpenTelemetry or Brave through Micrometer Tracing) shows a Kelviq span per call, retries included,
 * as a child of the caller's current observation, with the trace propagated to Kelviq in the request headers.
 * Usable without Spring: `new KelviqObservations(client.core()).bindTo(observationRegistry)`; the Spring Boot
 * starter binds it to the application's registry.
 *
 * The parent is found per flavour: the Java clients read the calling thread's current observation when the call is
 * made; the Reactor client reads the subscriber's Reactor context (key `micrometer.observation`, which WebFlux
 * and `contextWrite(ObservationThreadLocalAccessor.KEY, ..)` set); a coroutine reads the thread-local current
 * observation where the call runs, which `observationRegistry.asContextElement()` (Micrometer's Kotlin support)
 * restores on every resumption.
 *
 * Observation `kelviq.client.call`, contextual name `kelviq <operation>`, remote service `kelviq`; low-cardinality
 * keys `kelviq.operation`, `http.method`, `status` (`2xx`, `4xx`, `5xx`, `none`), `exception` (simple class name or
 * `none`); never a customer id or a URL. Binding again replaces the registry.
 */
public class KelviqObservations(private val core: KelviqCore) {
    /** Observes every later call of the core in [registry]. */
    public fun bindTo(registry: ObservationRegistry) {
        core.services.transport.tracer = Tracer(registry)
    }

    /** Stops observing calls. */
    public fun unbind() {
        core.services.transport.tracer = null
    }

    override fun toString(): String = "KelviqObservations(core=$core)"

    private class Tracer(private val registry: ObservationRegistry) : CallTracer {
        override fun parentHere(): Any? = registry.currentObservation

        override fun start(operation: String, method: String, parent: Any?, headers: MutableMap<String, String>): CallTracer.Span {
            val context = RequestReplySenderContext<MutableMap<String, String>, Int> { carrier, key, value ->
                if (carrier != null && key != null && value != null) carrier[key] = value
            }
            context.setCarrier(headers)
            context.remoteServiceName = "kelviq"
            val observation = Observation.createNotStarted(NAME, { context }, registry)
                .contextualName("kelviq $operation")
                .lowCardinalityKeyValue("kelviq.operation", operation)
                .lowCardinalityKeyValue("http.method", method)
            val parentObservation = (parent as? Observation) ?: registry.currentObservation
            if (parentObservation != null) observation.parentObservation(parentObservation)
            observation.start()
            return object : CallTracer.Span {
                override fun stop(status: Int?, error: Throwable?) {
                    val statusClass = when {
                        error == null -> "2xx"
                        error is KelviqServiceException -> "${error.statusCode / 100}xx"
                        else -> "none"
                    }
                    if (status != null) context.setResponse(status)
                    observation.lowCardinalityKeyValues(KeyValues.of("status", statusClass, "exception", error?.javaClass?.simpleName ?: "none"))
                    if (error != null) observation.error(error)
                    observation.stop()
                }
            }
        }
    }

    /** Names. */
    public companion object {
        /** The observation's name. */
        public const val NAME: String = "kelviq.client.call"
    }
}
