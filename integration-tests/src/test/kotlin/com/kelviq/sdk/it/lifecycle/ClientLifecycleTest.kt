package com.kelviq.sdk.it.lifecycle

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.blocking.KelviqBlockingClient
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.it.reliability.Rigs
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.reactor.ReactorKelviqClient
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.assertions.withClue
import kotlinx.coroutines.runBlocking

/**
 * A test suite that makes a client per test, or a service with a client per tenant: 500 cycles of create, one call,
 * one enqueued event, close, in every flavour (and with a test server per cycle) leave the JVM's threads and file
 * descriptors within 10 of where they started, after a GC. Run on JDK 17 and (CI's second run) JDK 25, on the
 * default engine and on CIO. The server counts the calls and events: every cycle really reached it.
 */
class ClientLifecycleTest : FunSpec({
    val cycles = 500
    val slack = 10

    fun event(i: Int): ReportEventParams =
        ReportEventParams.builder().customerId(Rigs.CUSTOMER).eventName("lifecycle").idempotencyKey("k$i").build()

    fun config(server: KelviqTestServer): KelviqConfig = Rigs.onTestEngine(server.config())

    /** Runs [cycle] 3 times to start the JVM-wide parts (class loading, shared dispatchers), then [cycles] times. */
    fun assertNothingLeftBy(cycle: (Int) -> Unit) {
        repeat(3) { cycle(-1 - it) }
        val start = JvmResources.settledAfterGc(JvmResources.now(), 0)
        repeat(cycles) { cycle(it) }
        val end = JvmResources.settledAfterGc(start, slack)
        withClue("start $start, after $cycles cycles $end; threads now ${JvmResources.threadNames()}") {
            end.withinOf(start, slack) shouldBe true
        }
    }

    fun countedAt(server: KelviqTestServer, cycles: Int) {
        server.requestCount(RequestMatcher.of("GET", "/api/v1/customers/${Rigs.CUSTOMER}/")) shouldBe cycles
        server.requestCount(Rigs.EVENT) shouldBe cycles
    }

    context("one test server, a client per cycle") {
        lateinit var server: KelviqTestServer
        beforeEach {
            server = KelviqTestServer.start()
            Rigs.seed(server)
        }
        afterEach { server.close() }

        test("blocking") {
            assertNothingLeftBy { i ->
                KelviqBlockingClient.create(config(server)).use { client ->
                    client.customers().retrieve(Rigs.CUSTOMER).customerId shouldBe Rigs.CUSTOMER
                    client.reporting().enqueueEvent(event(i)) shouldBe true
                }
            }
            countedAt(server, cycles + 3)
        }

        test("async") {
            assertNothingLeftBy { i ->
                KelviqBlockingClient.create(config(server)).use { blocking ->
                    val client = blocking.async()
                    client.customers().retrieve(Rigs.CUSTOMER).get().customerId shouldBe Rigs.CUSTOMER
                    client.reporting().enqueueEvent(event(i)) shouldBe true
                }
            }
            countedAt(server, cycles + 3)
        }

        test("Reactor") {
            assertNothingLeftBy { i ->
                ReactorKelviqClient.create(config(server)).use { client ->
                    client.customers().retrieve(Rigs.CUSTOMER).block()!!.customerId shouldBe Rigs.CUSTOMER
                    client.reporting().enqueueEvent(event(i)) shouldBe true
                }
            }
            countedAt(server, cycles + 3)
        }

        test("coroutines") {
            assertNothingLeftBy { i ->
                KelviqClient(config(server)).use { client ->
                    runBlocking { client.customers.retrieve(Rigs.CUSTOMER) }.customerId shouldBe Rigs.CUSTOMER
                    client.reporting.enqueueEvent(event(i)) shouldBe true
                }
            }
            countedAt(server, cycles + 3)
        }
    }

    test("a test server and a blocking client per cycle") {
        assertNothingLeftBy { i ->
            KelviqTestServer.start().use { server ->
                Rigs.seed(server)
                KelviqBlockingClient.create(config(server)).use { client ->
                    client.customers().retrieve(Rigs.CUSTOMER).customerId shouldBe Rigs.CUSTOMER
                    client.reporting().enqueueEvent(event(i)) shouldBe true
                }
                countedAt(server, 1)
            }
        }
    }
})
