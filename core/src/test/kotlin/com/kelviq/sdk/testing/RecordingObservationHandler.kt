package com.kelviq.sdk.testing

import io.micrometer.observation.Observation
import io.micrometer.observation.ObservationHandler
import io.micrometer.observation.ObservationRegistry
import io.micrometer.observation.transport.SenderContext
import java.util.concurrent.CopyOnWriteArrayList

/**
 * Keeps every stopped observation; with [traceparent], also writes that header through each sender context, as a
 * tracer's propagator would. For the observation tests of every flavour.
 */
class RecordingObservationHandler(private val traceparent: String? = null) : ObservationHandler<Observation.Context> {
    val stopped: MutableList<Observation.Context> = CopyOnWriteArrayList()

    override fun supportsContext(context: Observation.Context): Boolean = true

    override fun onStart(context: Observation.Context) {
        if (traceparent != null && context is SenderContext<*>) {
            @Suppress("UNCHECKED_CAST")
            (context as SenderContext<Any>).setter.set(context.carrier, "traceparent", traceparent)
        }
    }

    override fun onStop(context: Observation.Context) {
        stopped += context
    }

    /** A registry reporting to a new handler, and that handler. */
    companion object {
        fun registry(traceparent: String? = null): Pair<ObservationRegistry, RecordingObservationHandler> {
            val handler = RecordingObservationHandler(traceparent)
            return ObservationRegistry.create().also { it.observationConfig().observationHandler(handler) } to handler
        }
    }
}
