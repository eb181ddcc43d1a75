package com.kelviq.sdk.internal.bridge

import com.kelviq.sdk.errors.KelviqClosedException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.internal.transport.CallerThread
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.ResponseCapture
import com.kelviq.sdk.internal.transport.TraceParent
import java.util.concurrent.CompletableFuture
import kotlin.coroutines.CoroutineContext
import kotlin.coroutines.EmptyCoroutineContext
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking

/**
 * How [FuturesBridge] starts a call: on the SDK's threads (a future that completes later), or, for the
 * blocking client, on the calling thread itself, which waits for the result anyway: then the future is
 * already complete when returned and no thread hop is made. Either way the call is a child of the core's
 * scope, so closing the core aborts it; it then fails with a [KelviqClosedException], never a bare cancellation.
 */
internal class CallStarter(
    private val scope: CoroutineScope,
    private val transport: KelviqTransport,
    private val onCallerThread: Boolean,
) {
    fun <T> start(block: suspend CoroutineScope.() -> T): CompletableFuture<T> {
        transport.requireOpen()
        // A withRawResponse of the Java flavours: the capture set on this thread follows the call.
        val capture: CoroutineContext = ResponseCapture.current() ?: EmptyCoroutineContext
        // With observations bound, the caller's current trace follows the call to the SDK's threads.
        val context = transport.tracer?.let { capture + TraceParent(it.parentHere()) } ?: capture
        return if (onCallerThread) runHere(context, block) else runOnScope(context, block)
    }

    private fun <T> runOnScope(context: CoroutineContext, block: suspend CoroutineScope.() -> T): CompletableFuture<T> {
        val result = CompletableFuture<T>()
        val job = scope.launch(context) {
            try {
                result.complete(block())
            } catch (e: Throwable) {
                result.completeExceptionally(closedOr(e))
            }
        }
        // Cancelling the future cancels the call; the core's scope cancelled before the call ran fails the future.
        result.whenComplete { _, _ -> if (result.isCancelled) job.cancel() }
        job.invokeOnCompletion { cause -> if (cause != null) result.completeExceptionally(closedOr(cause)) }
        return result
    }

    private fun <T> runHere(context: CoroutineContext, block: suspend CoroutineScope.() -> T): CompletableFuture<T> {
        val result = CompletableFuture<T>()
        try {
            result.complete(runBlocking(scope.coroutineContext[Job]!! + CallerThread.ELEMENT + context, block))
        } catch (e: InterruptedException) {
            Thread.currentThread().interrupt() // the blocking client's contract: the flag stays set
            result.completeExceptionally(KelviqIoException("Interrupted while waiting for a Kelviq call; the call was cancelled", e, 1))
        } catch (e: Throwable) {
            result.completeExceptionally(closedOr(e))
        }
        return result
    }

    private fun closedOr(e: Throwable): Throwable =
        if (e is CancellationException && transport.isClosed) KelviqClosedException(KelviqTransport.ABORTED, null) else e
}
