@file:JvmName("Monos")

package com.kelviq.sdk.reactor.internal

import com.kelviq.sdk.internal.ResponseCapture
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.reactor.ReactorContext
import kotlinx.coroutines.withContext
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.reactor.asFlux
import kotlinx.coroutines.reactor.mono
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono

/**
 * A cold `Mono` running [block] on `Dispatchers.Default` at each subscription; `null` completes it empty. A
 * [ResponseCapture] put in the subscriber's Reactor context (by `withRawResponse`) joins the call's context.
 */
internal fun <T : Any> coldMono(block: suspend () -> T?): Mono<T> = mono(Dispatchers.Default) {
    val capture = coroutineContext[ReactorContext]?.context?.getOrDefault<ResponseCapture>(ResponseCapture, null)
    if (capture == null) block() else withContext(capture) { block() }
}

/** [flow] as a `Flux` that collects on `Dispatchers.Default` and honours backpressure (a page per demand). */
internal fun <T : Any> pagedFlux(flow: Flow<T>): Flux<T> = flow.asFlux(Dispatchers.Default)
