package com.kelviq.sdk.testkit

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.io.File
import java.util.concurrent.TimeUnit

/** Started and never closed: prints the port and returns from `main`. */
object UnclosedServerMain {
    @JvmStatic
    fun main(args: Array<String>) {
        val server = KelviqTestServer.start()
        server.addCustomer("c1")
        println("serving on ${server.baseUrl}")
    }
}

/** A `KelviqTestServer` left unclosed does not keep the JVM alive: its threads are all daemons. */
class UnclosedServerExitTest : FunSpec({
    test("a JVM whose main returns with an unclosed server exits") {
        val java = File(System.getProperty("java.home"), "bin/java").path
        val process = ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), UnclosedServerMain::class.java.name)
            .redirectErrorStream(true)
            .start()
        val exited = process.waitFor(30, TimeUnit.SECONDS)
        if (!exited) process.destroyForcibly()
        val output = process.inputStream.bufferedReader().readText()
        exited shouldBe true
        process.exitValue() shouldBe 0
        output.contains("serving on http://127.0.0.1:") shouldBe true
    }
})
