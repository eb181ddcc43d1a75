package com.kelviq.sdk.redis

import com.kelviq.sdk.testkit.KelviqTestServer
import java.io.BufferedReader
import java.io.File
import java.io.PrintWriter
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit

/** A [FleetInstanceMain] in a child JVM on the test classpath: one command line in, one answer line out. */
class FleetInstance private constructor(val process: Process) : AutoCloseable {
    private val input: PrintWriter = PrintWriter(process.outputStream.bufferedWriter(), true)
    private val output: BufferedReader = process.inputStream.bufferedReader()

    /** Sends [command]; the answer line arrives on the future. */
    fun ask(command: String): CompletableFuture<String> {
        input.println(command)
        return answer()
    }

    /** The next line the instance prints. */
    fun answer(): CompletableFuture<String> = CompletableFuture.supplyAsync { output.readLine() ?: "EOF (exit ${process.waitFor()})" }

    /** `kill -9`: no shutdown hook, no close, nothing flushed. */
    fun kill() {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS)
    }

    override fun close() {
        runCatching { input.println("QUIT") }
        if (!process.waitFor(10, TimeUnit.SECONDS)) kill()
    }

    companion object {
        /** Starts an instance on [redis] and [server] and waits for its `READY`. */
        fun start(redis: RedisServerProcess, server: KelviqTestServer): FleetInstance {
            val classpath = System.getProperty("surefire.test.class.path") ?: System.getProperty("java.class.path")
            val java = File(System.getProperty("java.home"), "bin/java").path
            val process = ProcessBuilder(java, "-Xmx256m", "-cp", classpath, FleetInstanceMain::class.java.name,
                redis.uri, server.baseUrl, server.edgeUrl, server.apiKey)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start()
            return FleetInstance(process)
        }
    }

    /** Waits for `READY`. */
    fun ready(): FleetInstance = apply { check(answer().get(60, TimeUnit.SECONDS) == "READY") { "instance did not start" } }
}
