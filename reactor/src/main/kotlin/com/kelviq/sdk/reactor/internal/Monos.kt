@file:JvmName("Monos")

package com.kelviq.sdk.reactor.internal

import com.kelviq.sdk.internal.transport.ResponseCapture
import com.kelviq.sdk.internal.transport.TraceParent
import kotlin.coroutines.CoroutineContext
import kotlin.coroutines.EmptyCoroutineContext
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.emitAll
import kotlinx.coroutines.flow.flowOn
import kotlinx.coroutines.reactor.ReactorContext
import kotlinx.coroutines.reactor.asFlux
import kotlinx.coroutines.reactor.mono
import kotlinx.coroutines.withContext
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono

/**
 * A cold `Mono` running [block] on `Dispatchers.Default` at each subscription; `null` completes it empty. A
 * [ResponseCapture] put in the subscriber's Reactor context (by `withRawResponse`) and the subscriber's current
 * Micrometer observation (for `KelviqObservations`) join the call's context.
 */
internal fun <T : Any> coldMono(block: suspend () -> T?): Mono<T> = mono(Dispatchers.Default) {
    val extra = fromReactorContext(coroutineContext[ReactorContext]?.context)
    if (extra === EmptyCoroutineContext) block() else withContext(extra) { block() }
}

private fun fromReactorContext(context: reactor.util.context.ContextView?): CoroutineContext {
    if (context == null) return EmptyCoroutineContext
    var extra: CoroutineContext = EmptyCoroutineContext
    context.getOrDefault<ResponseCapture>(ResponseCapture, null)?.let { extra += it }
    context.getOrDefault<Any>(TraceParent.REACTOR_CONTEXT_KEY, null)?.let { extra += TraceParent(it) }
    return extra
}

/** [flow] as a `Flux` that collects on `Dispatchers.Default` and honours backpressure (a page per demand). */
internal fun <T : Any> pagedFlux(flow: Flow<T>): Flux<T> = kotlinx.coroutines.flow.flow {
    val extra = fromReactorContext(currentCoroutineContext()[ReactorContext]?.context)
    emitAll(if (extra === EmptyCoroutineContext) flow else flow.flowOn(extra))
}.asFlux(Dispatchers.Default)
