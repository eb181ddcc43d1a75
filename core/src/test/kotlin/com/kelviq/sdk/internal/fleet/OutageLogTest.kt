package com.kelviq.sdk.internal.fleet

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.mockk.every
import io.mockk.mockk
import io.mockk.verify
import org.slf4j.Logger

/** One warning per outage of the fleet store, one recovery line, and a store that flaps within the quiet time is one outage. */
class OutageLogTest : FunSpec({
    test("a flapping store logs one warning and one recovery line; a new outage after the quiet time warns again") {
        var now = 0L
        val log = mockk<Logger>(relaxed = true)
        val warnings = ArrayList<String>()
        every { log.warn(any<String>(), any<Any>()) } answers { warnings += secondArg<Any>().toString() }
        val outage = OutageLog(log, "down ({})", "up", quietNanos = 30_000, nanoTime = { now })
        now = 100_000
        outage.down(IllegalStateException("first"))
        outage.down(IllegalStateException("again"))
        outage.up()
        repeat(10) {
            now += 1_000
            outage.down(IllegalStateException("flap $it"))
            outage.up()
        }
        warnings shouldBe listOf("java.lang.IllegalStateException: first")
        verify(exactly = 1) { log.info("up") }
        now += 30_000
        outage.down(IllegalStateException("later"))
        warnings.size shouldBe 2
        outage.up()
        verify(exactly = 2) { log.info("up") }
    }
})
