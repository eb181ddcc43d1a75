package com.kelviq.sdk.internal.transport

import java.time.Duration

/**
 * The real-time bound on a whole call ([com.kelviq.sdk.KelviqConfig.callTimeout]). It is enforced by capping
 * each attempt's timeout at the time left and by waiting between attempts only when the wait fits, never by
 * a coroutine timer, so a caller running on virtual time (kotlinx-coroutines-test) is not cut short.
 */
internal class CallBudget(private val total: Duration) {
    private val deadline = System.nanoTime() + total.toNanos()

    fun remaining(): Duration = Duration.ofNanos(deadline - System.nanoTime())

    fun allows(wait: Duration): Boolean = System.nanoTime() + wait.toNanos() < deadline

    fun describe(): String = "${total.toMillis()} ms"
}
