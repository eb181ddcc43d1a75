package com.kelviq.sdk.internal.transport

import io.ktor.util.AttributeKey
import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext

/**
 * Marks a call that runs on its caller's own thread, which waits for it anyway (the blocking client): the
 * default engine may then use the JDK client's synchronous `send`, which skips the hop the asynchronous path
 * makes (on machines of 1 or 2 cores that hop starts a thread per request, see BENCHMARKS.md).
 */
internal class CallerThread private constructor() : AbstractCoroutineContextElement(Key) {
    companion object Key : CoroutineContext.Key<CallerThread> {
        /** The mark itself. */
        val ELEMENT: CallerThread = CallerThread()

        /** The request attribute carrying the mark to the engine (Ktor runs engines in a context of their own). */
        val ATTRIBUTE: AttributeKey<Boolean> = AttributeKey("kelviq.callerThread")
    }
}
