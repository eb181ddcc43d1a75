package com.kelviq.sdk.internal.transport

import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext

/**
 * Traces every API call the transport makes (`KelviqObservations`): [parentHere] reads the caller's current trace on
 * its thread when a call starts off it (the Java flavours, before the hop to the SDK's threads); [start] opens a
 * call's span under that parent, adding the headers that carry the trace to the request; [stop] closes it.
 */
internal interface CallTracer {
    /** The current observation of the calling thread, `null` when none. */
    fun parentHere(): Any?

    /** Opens the span of [operation] under [parent] (`null`: the current one here); puts propagation headers into [headers]. */
    fun start(operation: String, method: String, parent: Any?, headers: MutableMap<String, String>): Span

    /** One call's span. */
    interface Span {
        /** Closes it: [error] `null` for success, [status] the last HTTP status when there was one. */
        fun stop(status: Int?, error: Throwable?)
    }
}

/**
 * The trace a call belongs to, carried in its coroutine context from where the call was made (a Reactor
 * subscriber's context, the Java caller's thread) to where it runs. For the SDK's own modules.
 */
public class TraceParent(
    /** A Micrometer `Observation` (typed loosely: Micrometer is optional). */
    public val observation: Any?,
) : AbstractCoroutineContextElement(TraceParent) {
    /** The key. */
    public companion object Key : CoroutineContext.Key<TraceParent> {
        /** The key under which Micrometer keeps the current observation in a Reactor context. */
        public const val REACTOR_CONTEXT_KEY: String = "micrometer.observation"
    }

    override fun toString(): String = "TraceParent"
}
