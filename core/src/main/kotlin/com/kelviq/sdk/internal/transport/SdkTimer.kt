package com.kelviq.sdk.internal.transport

import java.util.concurrent.ScheduledFuture
import java.util.concurrent.ScheduledThreadPoolExecutor
import java.util.concurrent.TimeUnit

/**
 * The one timer thread of the SDK in a JVM (body deadlines, the release of an unused shared JDK client): a daemon
 * that ends after 10 s without work and starts again with the next task, so that a JVM whose clients are all closed
 * keeps no thread of the SDK's.
 */
internal object SdkTimer {
    private val executor = ScheduledThreadPoolExecutor(1) { task -> Thread(task, "kelviq-timer").apply { isDaemon = true } }.apply {
        removeOnCancelPolicy = true
        setKeepAliveTime(10, TimeUnit.SECONDS)
        allowCoreThreadTimeOut(true)
    }

    /** Runs [task] once after [delayMillis]; cancel the result to drop it. */
    fun schedule(delayMillis: Long, task: () -> Unit): ScheduledFuture<*> =
        executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS)
}
