package com.kelviq.sdk.internal.transport

import io.ktor.client.network.sockets.ConnectTimeoutException
import io.ktor.client.network.sockets.SocketTimeoutException
import io.ktor.client.plugins.HttpRequestTimeoutException
import java.net.ConnectException
import java.net.NoRouteToHostException
import java.net.UnknownHostException
import java.net.http.HttpConnectTimeoutException
import java.net.http.HttpTimeoutException
import java.nio.channels.UnresolvedAddressException
import java.util.concurrent.TimeoutException

/** What one attempt came to: an answer with any status, or a failure before a whole answer arrived. */
internal sealed class Outcome {
    /** A whole response: [status], [headers] (names in lower case), [body] as UTF-8 text. */
    class Answer(val status: Int, val headers: Map<String, List<String>>, val body: String) : Outcome()

    /**
     * No whole response. [notSent]: the failure proves the request was not written (the connection was never
     * made), so even a non-repeat-safe operation may be sent again. [timedOut]: the attempt ran out of time.
     */
    class Failure(val error: Throwable, val notSent: Boolean, val timedOut: Boolean) : Outcome() {
        fun describe(): String = "${error.javaClass.simpleName}: ${error.message}"

        companion object {
            /** Classifies an engine's exception (Ktor's, or the JDK client's under the default engine). */
            fun of(e: Throwable): Failure = when (e) {
                is ConnectTimeoutException, is HttpConnectTimeoutException -> Failure(e, notSent = true, timedOut = true)
                is HttpTimeoutException, is TimeoutException -> Failure(e, notSent = false, timedOut = true)
                is ConnectException, is UnresolvedAddressException, is UnknownHostException, is NoRouteToHostException ->
                    Failure(e, notSent = true, timedOut = false)
                is HttpRequestTimeoutException, is SocketTimeoutException, is java.net.SocketTimeoutException ->
                    Failure(e, notSent = false, timedOut = true)
                else -> {
                    val cause = e.cause
                    if (cause != null && cause !== e && (cause is ConnectException || cause is UnresolvedAddressException)) {
                        Failure(e, notSent = true, timedOut = false)
                    } else {
                        // CIO: a body channel closed by the attempt's timeout fails with its own exception (e.g.
                        // ClosedByteChannelException), the timeout as its cause.
                        Failure(e, notSent = false, timedOut = causedByTimeout(e))
                    }
                }
            }

            private fun causedByTimeout(e: Throwable): Boolean {
                var cause = e.cause
                var depth = 0
                while (cause != null && depth++ < 8) {
                    if (cause is HttpRequestTimeoutException || cause is SocketTimeoutException || cause is HttpTimeoutException) return true
                    cause = cause.cause
                }
                return false
            }
        }
    }
}
