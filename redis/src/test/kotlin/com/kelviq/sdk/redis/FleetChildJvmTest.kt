package com.kelviq.sdk.redis

import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.io.BufferedReader
import java.io.File
import java.io.PrintWriter
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit

/**
 * Four SDK clients in four JVMs ([FleetInstanceMain]) sharing one redis-server and one testkit server: 200 concurrent
 * first checks of one cold customer make exactly one entitlement request; after instance A reports usage, instance
 * B's next check sees it without waiting for the TTL (60 s).
 */
class FleetChildJvmTest : FunSpec({
    class Instance(val process: Process) {
        val input: PrintWriter = PrintWriter(process.outputStream.bufferedWriter(), true)
        val output: BufferedReader = process.inputStream.bufferedReader()

        fun ask(command: String): CompletableFuture<String> {
            input.println(command)
            return CompletableFuture.supplyAsync { output.readLine() ?: "EOF (exit ${process.waitFor()})" }
        }
    }

    test("one entitlement request for 200 first checks on 4 JVMs; a report on A is seen by B at once") {
        RedisServerProcess.start().use { redis ->
            KelviqTestServer.start().use { server ->
                server.grant("cold", "exports", "METER", 5L, true)
                val classpath = System.getProperty("surefire.test.class.path") ?: System.getProperty("java.class.path")
                val java = File(System.getProperty("java.home"), "bin/java").path
                val instances = (1..4).map {
                    Instance(
                        ProcessBuilder(java, "-Xmx256m", "-cp", classpath, FleetInstanceMain::class.java.name,
                            redis.uri, server.baseUrl, server.edgeUrl, server.apiKey)
                            .redirectError(ProcessBuilder.Redirect.INHERIT).start(),
                    )
                }
                try {
                    instances.map { i -> CompletableFuture.supplyAsync { i.output.readLine() } }
                        .forEach { it.get(60, TimeUnit.SECONDS) shouldBe "READY" }
                    val entitlementGets = RequestMatcher.pathPrefix("/edge/api/v1/entitlements/")

                    val answers = instances.map { it.ask("CHECK cold exports 50") }.map { it.get(60, TimeUnit.SECONDS) }
                    answers shouldBe List(4) { "OK 50" }
                    server.requestCount(entitlementGets) shouldBe 1

                    val (a, b) = instances
                    a.ask("REPORT cold exports 5").get(30, TimeUnit.SECONDS) shouldBe "OK"
                    server.currentUsage("cold", "exports") shouldBe 5L
                    b.ask("CHECK cold exports 1").get(30, TimeUnit.SECONDS) shouldBe "OK 0"
                    server.requestCount(entitlementGets) shouldBe 2
                } finally {
                    instances.forEach { runCatching { it.input.println("QUIT") } }
                    instances.forEach { if (!it.process.waitFor(10, TimeUnit.SECONDS)) it.process.destroyForcibly() }
                }
            }
        }
    }
})
