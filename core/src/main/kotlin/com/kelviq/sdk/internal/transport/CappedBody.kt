package com.kelviq.sdk.internal.transport

import java.net.ProtocolException
import java.net.http.HttpResponse
import java.nio.ByteBuffer
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionStage
import java.util.concurrent.Flow
import java.util.concurrent.ScheduledFuture
import java.net.http.HttpTimeoutException

/**
 * A JDK body handler that refuses a response whose framing breaks [ResponseFraming] (reading none of it), and
 * otherwise keeps at most `limit` bytes of a response body: once more arrive it stops
 * reading (cancelling the subscription closes that connection) and completes with the first `limit`
 * bytes, which the transport then refuses as too large. A body within the limit is returned whole.
 *
 * With `timeoutMillis`, a body not complete that long after the headers fails with [HttpTimeoutException]
 * (the JDK's own request timeout ends at the headers). The SDK's one timer thread ([SdkTimer]) serves every client.
 */
internal object CappedBody {
    fun handler(limit: Long, timeoutMillis: Long?): HttpResponse.BodyHandler<ByteArray> =
        HttpResponse.BodyHandler { info ->
            val problem = ResponseFraming.problem { name -> info.headers().allValues(name) }
            if (problem != null) Refusal(ResponseFraming.refusal(problem)) else Subscriber(limit, timeoutMillis)
        }

    /**
     * Reads nothing of a body whose framing is refused: cancelling at once makes the JDK close the
     * connection rather than pool it with the unread rest, which the next response would start with.
     */
    private class Refusal(private val error: ProtocolException) : HttpResponse.BodySubscriber<ByteArray> {
        private val result = CompletableFuture<ByteArray>()

        override fun getBody(): CompletionStage<ByteArray> = result

        override fun onSubscribe(subscription: Flow.Subscription) {
            subscription.cancel()
            result.completeExceptionally(error)
        }

        override fun onNext(item: List<ByteBuffer>) = Unit

        override fun onError(throwable: Throwable) {
            result.completeExceptionally(error)
        }

        override fun onComplete() {
            result.completeExceptionally(error)
        }
    }

    private class Subscriber(private val limit: Long, private val timeoutMillis: Long?) : HttpResponse.BodySubscriber<ByteArray> {
        private var deadline: ScheduledFuture<*>? = null
        private val result = CompletableFuture<ByteArray>()
        private val parts = ArrayList<ByteArray>()
        private var size = 0L
        private var subscription: Flow.Subscription? = null

        override fun getBody(): CompletionStage<ByteArray> = result

        override fun onSubscribe(subscription: Flow.Subscription) {
            this.subscription = subscription
            if (timeoutMillis != null) {
                deadline = SdkTimer.schedule(timeoutMillis) {
                    if (result.completeExceptionally(HttpTimeoutException("response body not received within $timeoutMillis ms"))) {
                        subscription.cancel()
                    }
                }
            }
            subscription.request(Long.MAX_VALUE)
        }

        override fun onNext(item: List<ByteBuffer>) {
            if (result.isDone) return
            for (buffer in item) {
                val take = minOf(buffer.remaining().toLong(), limit - size).toInt()
                val bytes = ByteArray(take)
                buffer.get(bytes)
                parts += bytes
                size += take
                if (size >= limit) {
                    subscription?.cancel()
                    finish { result.complete(join()) }
                    return
                }
            }
        }

        override fun onError(throwable: Throwable) {
            finish { result.completeExceptionally(throwable) }
        }

        override fun onComplete() {
            finish { result.complete(join()) }
        }

        private inline fun finish(complete: () -> Unit) {
            deadline?.cancel(false)
            complete()
        }

        private fun join(): ByteArray {
            if (parts.size == 1) return parts[0]
            val all = ByteArray(size.toInt())
            var at = 0
            for (part in parts) {
                System.arraycopy(part, 0, all, at, part.size)
                at += part.size
            }
            return all
        }
    }
}
