package com.kelviq.sdk.internal.runtime

import java.util.concurrent.atomic.AtomicBoolean

/**
 * Closes a client that is still open when the JVM exits ([com.kelviq.sdk.ReporterConfig.shutdownHook]): registered
 * with the first enqueued report ([arm]), removed when the client is closed ([disarm]), so a client that never
 * reports, or is closed, leaves nothing behind in the JVM's hook list.
 */
internal class JvmExitHook {
    @Volatile var onExit: () -> Unit = {}

    private val armed = AtomicBoolean()
    private val thread = Thread({ onExit() }, "kelviq-shutdown")

    /** Registers the hook (once); a no-op when the JVM is already shutting down. */
    fun arm() {
        if (!armed.compareAndSet(false, true)) return
        try {
            Runtime.getRuntime().addShutdownHook(thread)
        } catch (e: IllegalStateException) {
            armed.set(false) // shutting down already
        }
    }

    /** Removes the hook, unless called from it or while the JVM shuts down. */
    fun disarm() {
        if (!armed.compareAndSet(true, false) || Thread.currentThread() === thread) return
        try {
            Runtime.getRuntime().removeShutdownHook(thread)
        } catch (e: IllegalStateException) {
            // shutting down: the hook runs (or ran) and finds the client closed
        }
    }
}
