package com.kelviq.sdk.it.exit

import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.File
import java.time.Duration
import java.util.concurrent.TimeUnit

/**
 * A program that enqueues 1 000 events and ends without `close()` loses none silently: the SDK's shutdown hook
 * drains the queue within `closeTimeout` and hands the rest to the failure handler (server count + handed = 1 000).
 */
class ExitWithoutCloseChildJvmTest : FunSpec({
    val classpath = System.getProperty("surefire.test.class.path") ?: System.getProperty("java.class.path")
    val java = File(System.getProperty("java.home"), "bin/java").path

    fun run(server: KelviqTestServer, how: String, closeTimeoutMillis: Long): Int {
        val process = ProcessBuilder(java, "-cp", classpath, EnqueueAndExitMain::class.java.name,
            server.baseUrl, server.edgeUrl, server.apiKey, "1000", how, closeTimeoutMillis.toString())
            .redirectErrorStream(true).start()
        val output = process.inputStream.bufferedReader().readText()
        process.waitFor(60, TimeUnit.SECONDS) shouldBe true
        output shouldContain "enqueued 1000"
        return Regex("handed (\\d+)").find(output)!!.groupValues[1].toInt()
    }

    for (how in listOf("return", "exit")) {
        test("returning from main / System.exit ($how) without close(): every event is delivered at exit") {
            KelviqTestServer.start().use { server ->
                server.addCustomer("c1")
                val handed = run(server, how, 20_000)
                server.eventCount("c1", "exit.test") shouldBe 1000
                handed shouldBe 0
            }
        }
    }

    test("a closeTimeout too short for the queue: what is not sent at exit goes to the failure handler, none lost") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1")
            server.delayNext(RequestMatcher.pathPrefix("/api/v1/report/event"), 1000, Duration.ofMillis(20))
            val handed = run(server, "return", 300)
            Thread.sleep(500) // sends aborted at the deadline may still be finishing on the server
            val counted = server.events().map { it.idempotencyKey }.toSet()
            (handed > 0) shouldBe true
            (counted.size + handed >= 1000) shouldBe true
            (counted.size + handed <= 1000 + 4) shouldBe true // at most the 4 sends in flight at the deadline are both
        }
    }
})
