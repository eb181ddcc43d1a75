package com.kelviq.sdk.internal.transport

/** Hears every API call the transport makes (metrics): one [completed] per call, one [retried] per extra attempt. */
internal interface CallObserver {
    /** A call of [operation] ended after [nanos], with [error] (`null`: success). */
    fun completed(operation: String, nanos: Long, error: Throwable?)

    /** A call of [operation] is attempted again. */
    fun retried(operation: String)
}
