package com.kelviq.sdk.internal.fleet

import org.slf4j.Logger
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicLong

/**
 * One warning per outage of the fleet store and one line when it answers again. A store that flaps (down, up, down
 * within seconds) is one outage: a new warning comes only [quietNanos] after the last recovery line.
 */
internal class OutageLog(
    private val log: Logger,
    /** The warning, with one `{}` for the error. */
    private val downMessage: String,
    private val upMessage: String,
    private val quietNanos: Long = 30_000_000_000L,
    private val nanoTime: () -> Long = System::nanoTime,
) {
    private val down = AtomicBoolean(false)
    private val warned = AtomicBoolean(false)
    private val lastUp = AtomicLong(nanoTime() - quietNanos)

    /** The store failed with [error]. */
    fun down(error: Throwable) {
        if (!down.compareAndSet(false, true)) return
        if (nanoTime() - lastUp.get() >= quietNanos && warned.compareAndSet(false, true)) log.warn(downMessage, error.toString())
    }

    /** The store answered. */
    fun up() {
        if (!down.compareAndSet(true, false)) return
        if (warned.compareAndSet(true, false)) {
            lastUp.set(nanoTime())
            log.info(upMessage)
        }
    }
}
