package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.RawResponse
import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext

/**
 * Collects the last successful HTTP response of the calls made under it, for `withRawResponse`: a coroutine
 * context element (the coroutines and Reactor flavours add it to the call's context), or for the Java
 * flavours the calling thread's [current] capture, which the futures bridge adds when it starts a call.
 */
public class ResponseCapture : AbstractCoroutineContextElement(ResponseCapture) {
    @Volatile private var status: Int? = null

    @Volatile private var headers: Map<String, List<String>> = emptyMap()

    internal fun record(status: Int, headers: Map<String, List<String>>) {
        this.headers = headers
        this.status = status
    }

    /** [value] with the response recorded (none: a `null` status and no headers). */
    public fun <T> toRaw(value: T): RawResponse<T> = RawResponse(value, status, headers)

    /** The context key, and the per-thread capture of the Java flavours. */
    public companion object Key : CoroutineContext.Key<ResponseCapture> {
        private val CURRENT = ThreadLocal<ResponseCapture?>()

        /** The capture the calling thread set with [runWith], or `null`. */
        @JvmStatic
        public fun current(): ResponseCapture? = CURRENT.get()

        /** Runs [block] with [capture] as the calling thread's capture. */
        @JvmStatic
        public fun <R> runWith(capture: ResponseCapture, block: () -> R): R {
            val previous = CURRENT.get()
            CURRENT.set(capture)
            try {
                return block()
            } finally {
                CURRENT.set(previous)
            }
        }
    }
}
