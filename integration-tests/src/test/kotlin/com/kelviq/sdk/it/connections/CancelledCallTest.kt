package com.kelviq.sdk.it.connections

import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.blocking.KelviqBlockingClient
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.it.connections.ScriptedHttpServer.Act
import com.kelviq.sdk.it.reliability.Rigs
import com.kelviq.sdk.reactor.ReactorKelviqClient
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.GlobalScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeoutOrNull
import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit
import kotlin.concurrent.thread

/**
 * A caller that stops waiting stops the exchange: while the server holds the answer, a cancel in any flavour
 * (Reactor dispose and `timeout`, coroutine cancel and `withTimeout`, `CompletableFuture.cancel`, an interrupted
 * blocking caller) makes the server see its connection closed within 1 s, and nothing is sent again (the JDK's own
 * GET resend included). The attempt timeout is 20 s: a close seen sooner is the cancel's.
 */
class CancelledCallTest : FunSpec({
    lateinit var server: ScriptedHttpServer
    lateinit var core: KelviqCore

    beforeEach {
        server = ScriptedHttpServer().then(Act.HOLD, Act.HOLD)
        core = Rigs.rawServerCore(server.baseUrl, Duration.ofSeconds(20))
    }
    afterEach {
        core.close()
        server.close()
    }

    fun awaitRequest() {
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5)
        while (server.requests.isEmpty()) {
            check(System.nanoTime() < deadline) { "the request never reached the server" }
            Thread.sleep(5)
        }
    }

    /** Cancels through [cancel] once the server holds the request; then the close must come within 1 s, and no resend. */
    fun assertExchangeStopped(cancel: () -> Unit) {
        awaitRequest()
        val cancelledAt = System.nanoTime()
        cancel()
        val deadline = cancelledAt + TimeUnit.SECONDS.toNanos(3)
        while (server.closesSeen.isEmpty() && System.nanoTime() < deadline) Thread.sleep(5)
        withClue("the server saw the connection closed") { server.closesSeen.size shouldBe 1 }
        val millis = TimeUnit.NANOSECONDS.toMillis(server.closesSeen.first() - cancelledAt)
        millis shouldBeLessThan 1_000L
        Thread.sleep(1_500) // a resend would come within this
        withClue("requests the server read: ${server.requests}") { server.requests.size shouldBe 1 }
    }

    context("Reactor") {
        test("dispose") {
            val client = ReactorKelviqClient.create(core)
            val subscription = client.customers().retrieve("c1").subscribe({}, {})
            assertExchangeStopped { subscription.dispose() }
        }
        test("timeout") {
            val client = ReactorKelviqClient.create(core)
            val failed = CompletableFuture<Throwable>()
            client.customers().retrieve("c1").timeout(Duration.ofMillis(300)).subscribe({}, { failed.complete(it) })
            assertExchangeStopped { failed.get(5, TimeUnit.SECONDS) }
        }
        test("dispose of a POST (a usage report) sends it once") {
            val client = ReactorKelviqClient.create(core)
            val subscription = client.reporting().reportUsage(Rigs.delta()).subscribe({}, {})
            assertExchangeStopped { subscription.dispose() }
        }
    }

    context("coroutines") {
        test("cancel") {
            val client = KelviqClient(core)
            @OptIn(kotlinx.coroutines.DelicateCoroutinesApi::class)
            val job = GlobalScope.launch(Dispatchers.Default, CoroutineStart.DEFAULT) { client.customers.retrieve("c1") }
            assertExchangeStopped { runBlocking { job.cancel() } }
        }
        test("withTimeout") {
            val client = KelviqClient(core)
            val done = CompletableFuture<Any?>()
            thread { done.complete(runBlocking { withTimeoutOrNull(300) { client.customers.retrieve("c1") } }) }
            assertExchangeStopped { done.get(5, TimeUnit.SECONDS) shouldBe null }
        }
    }

    context("Java") {
        test("CompletableFuture.cancel") {
            val future = KelviqBlockingClient.create(core).async().customers().retrieve("c1")
            assertExchangeStopped { future.cancel(true) }
        }
        test("an interrupted blocking caller") {
            val client = KelviqBlockingClient.create(core)
            val failed = CompletableFuture<Throwable>()
            val caller = thread {
                try {
                    client.customers().retrieve("c1")
                } catch (e: Throwable) {
                    failed.complete(e)
                }
            }
            assertExchangeStopped {
                caller.interrupt()
                failed.get(5, TimeUnit.SECONDS)
            }
        }
    }
})
