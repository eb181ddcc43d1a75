package com.kelviq.sdk.it.exit

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.ReporterConfig
import com.kelviq.sdk.blocking.KelviqBlockingClient
import com.kelviq.sdk.model.ReportEventParams
import java.time.Duration
import java.util.concurrent.atomic.AtomicInteger
import kotlin.system.exitProcess

/**
 * A program that enqueues `count` events and ends without `close()`: by returning from `main` (`return`) or by
 * `System.exit(0)` (`exit`). Prints `handed <n>` from a shutdown hook of its own after the SDK's has run (the
 * reports its failure handler received), so the parent can add it to what the server counted.
 * Args: baseUrl, edgeUrl, apiKey, count, return|exit, closeTimeoutMillis.
 */
object EnqueueAndExitMain {
    @JvmStatic
    fun main(args: Array<String>) {
        val (baseUrl, edgeUrl, apiKey) = args
        val count = args[3].toInt()
        val handed = AtomicInteger()
        val client = KelviqBlockingClient.create(
            KelviqConfig.builder().apiKey(apiKey).baseUrl(baseUrl).edgeUrl(edgeUrl).maxRetries(0)
                .reporter(ReporterConfig.builder().closeTimeout(Duration.ofMillis(args[5].toLong())).senders(4)
                    .failureHandler { _, _ -> handed.incrementAndGet() }.build())
                .build(),
        )
        Runtime.getRuntime().addShutdownHook(Thread {
            // Hooks run concurrently: wait for the SDK's drain (the client closed, nothing in flight) before printing.
            while (!client.core().isClosed || client.reporting().stats().let { it.queueDepth + it.inFlight } > 0) Thread.sleep(5)
            Thread.sleep(50)
            println("handed ${handed.get()}")
        })
        repeat(count) { i ->
            client.reporting().enqueueEvent(ReportEventParams.builder().customerId("c1").eventName("exit.test").idempotencyKey("e$i").build())
        }
        println("enqueued $count")
        if (args[4] == "exit") exitProcess(0)
    }
}
