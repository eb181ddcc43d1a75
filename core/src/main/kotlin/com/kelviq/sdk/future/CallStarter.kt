package com.kelviq.sdk.future

import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.internal.transport.CallerThread
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.future.future
import kotlinx.coroutines.runBlocking
import java.util.concurrent.CompletableFuture

/**
 * How [KelviqFutures] starts a call: on the SDK's threads (a future that completes later), or, for the
 * blocking client, on the calling thread itself, which waits for the result anyway: then the future is
 * already complete when returned and no thread hop is made. Either way the call is a child of the core's
 * scope, so closing the core cancels it.
 */
internal class CallStarter(private val core: KelviqCore, private val onCallerThread: Boolean) {
    fun <T> start(block: suspend CoroutineScope.() -> T): CompletableFuture<T> =
        if (onCallerThread) runHere(block) else core.scope.future(block = block)

    private fun <T> runHere(block: suspend CoroutineScope.() -> T): CompletableFuture<T> {
        val result = CompletableFuture<T>()
        try {
            result.complete(runBlocking(core.scope.coroutineContext[Job]!! + CallerThread.ELEMENT, block))
        } catch (e: InterruptedException) {
            Thread.currentThread().interrupt() // the blocking client's contract: the flag stays set
            result.completeExceptionally(KelviqIoException("Interrupted while waiting for a Kelviq call; the call was cancelled", e, 1))
        } catch (e: Throwable) {
            result.completeExceptionally(e)
        }
        return result
    }
}
