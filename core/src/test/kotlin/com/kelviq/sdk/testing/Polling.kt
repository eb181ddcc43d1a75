package com.kelviq.sdk.testing

import kotlinx.coroutines.delay

/** Polls [condition] every few milliseconds until it holds; fails after [timeoutMillis] (a bound, not a timing assertion). */
suspend fun waitUntil(what: String, timeoutMillis: Long = 10_000, condition: () -> Boolean) {
    val deadline = System.nanoTime() + timeoutMillis * 1_000_000
    while (!condition()) {
        if (System.nanoTime() - deadline > 0) throw AssertionError("timed out waiting until $what")
        delay(2)
    }
}

/** A hand-moved nanosecond clock for the entitlement cache. */
class FakeClock(start: Long = 1_000_000_000L) : () -> Long {
    @Volatile var nanos: Long = start

    fun advanceSeconds(seconds: Long) {
        nanos += seconds * 1_000_000_000L
    }

    override fun invoke(): Long = nanos
}
