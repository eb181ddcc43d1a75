package com.kelviq.sdk.it.connections

import com.kelviq.sdk.HttpEngine
import com.kelviq.sdk.blocking.KelviqBlockingClient
import com.kelviq.sdk.it.reliability.Rigs
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeLessThanOrEqual
import io.kotest.matchers.shouldBe
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * Connections as the server counts them (distinct client ports), not as the client reports them. On the
 * default engine every method reuses pooled keep-alive connections; on CIO (the second integration run)
 * the documented cost holds instead: a connection per request.
 */
class ConnectionReuseTest : FunSpec({
    lateinit var server: KelviqTestServer

    beforeEach {
        server = KelviqTestServer.start()
        Rigs.seed(server)
    }
    afterEach { server.close() }

    fun client(): KelviqBlockingClient = KelviqBlockingClient.create(Rigs.fastCore(server))

    fun event(i: Int): ReportEventParams =
        ReportEventParams.builder().customerId(Rigs.CUSTOMER).eventName("e").idempotencyKey("k$i").build()

    test("40 sequential entitlement checks and 60 sequential reports on one client") {
        client().use { client ->
            repeat(40) { client.entitlements().hasAccess(Rigs.CUSTOMER, Rigs.METER) shouldBe true }
            repeat(30) { client.reporting().reportUsage(Rigs.delta(1)) }
            repeat(30) { client.reporting().reportEvent(event(it)) }
        }
        val gets = server.connectionCount(RequestMatcher.method("GET"))
        val posts = server.connectionCount(RequestMatcher.method("POST"))
        server.requestCount() shouldBe 100
        server.currentUsage(Rigs.CUSTOMER, Rigs.METER) shouldBe 30L
        if (Rigs.ENGINE == HttpEngine.JAVA) {
            gets shouldBeLessThanOrEqual 2
            posts shouldBeLessThanOrEqual 2
            server.connectionCount() shouldBeLessThanOrEqual 2
        } else {
            posts shouldBe 60 // CIO: every non-GET on a connection of its own (README, "Connections")
        }
    }

    test("320 calls from 16 threads") {
        val pool = Executors.newFixedThreadPool(16)
        try {
            client().use { client ->
                val calls = (0 until 320).map { i ->
                    Callable {
                        if (i % 2 == 0) client.entitlements().hasAccess(Rigs.CUSTOMER, Rigs.METER) else client.reporting().reportEvent(event(i))
                    }
                }
                pool.invokeAll(calls).forEach { it.get(30, TimeUnit.SECONDS) }
            }
        } finally {
            pool.shutdownNow()
        }
        server.requestCount() shouldBe 320
        server.eventCount() shouldBe 160
        if (Rigs.ENGINE == HttpEngine.JAVA) server.connectionCount() shouldBeLessThanOrEqual 40
    }

    test("maxConnectionsPerHost bounds the connections: 64 concurrent calls over at most 4") {
        val config = server.configBuilder().connection(
            com.kelviq.sdk.ConnectionConfig.builder().engine(Rigs.ENGINE).maxConnectionsPerHost(4).build(),
        ).build()
        val pool = Executors.newFixedThreadPool(16)
        server.delayNext(RequestMatcher.any(), 64, java.time.Duration.ofMillis(20))
        try {
            KelviqBlockingClient.create(Rigs.fastCore(config)).use { client ->
                val calls = (0 until 64).map { i -> Callable { client.reporting().reportEvent(event(i)) } }
                pool.invokeAll(calls).forEach { it.get(30, TimeUnit.SECONDS) }
            }
        } finally {
            pool.shutdownNow()
        }
        server.eventCount() shouldBe 64
        if (Rigs.ENGINE == HttpEngine.JAVA) server.connectionCount() shouldBeLessThanOrEqual 4 else server.connectionCount() shouldBe 64
    }

    test("clients with the same connection settings share one pool; each keeps its own cap, and closing one leaves the other running") {
        val capped = server.configBuilder().connection(
            com.kelviq.sdk.ConnectionConfig.builder().engine(Rigs.ENGINE).maxConnectionsPerHost(2).build(),
        ).build()
        val pool = Executors.newFixedThreadPool(8)
        try {
            KelviqBlockingClient.create(Rigs.fastCore(capped)).use { first ->
                val second = client()
                second.entitlements().hasAccess(Rigs.CUSTOMER, Rigs.METER) shouldBe true
                first.entitlements().hasAccess(Rigs.CUSTOMER, Rigs.METER) shouldBe true
                // The first client's cap of 2 holds although the pool it shares allows 64.
                server.delayNext(RequestMatcher.any(), 16, java.time.Duration.ofMillis(20))
                val calls = (0 until 16).map { i -> Callable { first.reporting().reportEvent(event(i)) } }
                pool.invokeAll(calls).forEach { it.get(30, TimeUnit.SECONDS) }
                // A call of the first client in flight while the second closes completes.
                server.delayNext(RequestMatcher.any(), 1, java.time.Duration.ofMillis(300))
                val inFlight = pool.submit(Callable { first.customers().retrieve(Rigs.CUSTOMER).customerId })
                Thread.sleep(100)
                second.close()
                inFlight.get(5, TimeUnit.SECONDS) shouldBe Rigs.CUSTOMER
            }
        } finally {
            pool.shutdownNow()
        }
        server.eventCount() shouldBe 16
        if (Rigs.ENGINE == HttpEngine.JAVA) server.connectionCount() shouldBeLessThanOrEqual 3 else server.connectionCount() shouldBe 19
    }
})
