package com.kelviq.sdk.it.lifecycle

import java.io.File
import java.lang.management.ManagementFactory

/** What a JVM holds that a closed client or server must give back: live threads and open file descriptors. */
internal data class JvmResources(val threads: Int, val fileDescriptors: Int) {
    /** Whether this is at most [slack] threads and [slack] descriptors above [start]. */
    fun withinOf(start: JvmResources, slack: Int): Boolean =
        threads <= start.threads + slack && fileDescriptors <= start.fileDescriptors + slack

    override fun toString(): String = "threads=$threads, fds=$fileDescriptors"

    companion object {
        /** Now, as the JVM reports it (descriptors from `/proc/self/fd`, Linux). */
        fun now(): JvmResources =
            JvmResources(ManagementFactory.getThreadMXBean().threadCount, File("/proc/self/fd").list()?.size ?: -1)

        /**
         * After a GC, waiting up to [within] ms for threads that are ending (a closed reporter's senders): the first
         * reading within [slack] of [start], or the last one. Shorter than the 3 s in which a collected JDK 17 client's
         * selector thread notices it is unreferenced: a JDK client left per SDK client shows.
         */
        fun settledAfterGc(start: JvmResources, slack: Int, within: Long = 1_000): JvmResources {
            val deadline = System.nanoTime() + within * 1_000_000
            var reading: JvmResources
            do {
                System.gc()
                Thread.sleep(200)
                reading = now()
            } while (!reading.withinOf(start, slack) && System.nanoTime() < deadline)
            return reading
        }

        /** The live threads by name with the numbers taken out (`HttpClient-12-Worker-3` as `HttpClient-#-Worker-#`), counted. */
        fun threadNames(): Map<String, Int> =
            Thread.getAllStackTraces().keys.groupingBy { it.name.replace(Regex("\\d+"), "#") }.eachCount()
                .toSortedMap()
    }
}
