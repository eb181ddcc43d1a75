package com.kelviq.sdk.internal.runtime

/** A monotonic nanosecond time source (like [System.nanoTime]); replaceable in tests. Compare by difference only. */
internal fun interface NanoClock {
    fun nanoTime(): Long

    companion object {
        val SYSTEM: NanoClock = NanoClock { System.nanoTime() }
    }
}
