package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.testing.checkout
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.futures
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.subscriptions
import ch.qos.logback.classic.Level
import com.kelviq.sdk.HttpEngine
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.blocking.KelviqBlockingClient
import com.kelviq.sdk.errors.KelviqException
import com.kelviq.sdk.errors.KelviqServiceException
import com.kelviq.sdk.it.reliability.Rigs.CUSTOMER
import com.kelviq.sdk.it.reliability.Rigs.METER
import com.kelviq.sdk.it.reliability.Rigs.RETRIEVE
import com.kelviq.sdk.it.reliability.Rigs.USAGE
import com.kelviq.sdk.it.reliability.Rigs.fastCore
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import kotlinx.coroutines.flow.toList
import java.time.Duration

/**
 * A full run of every operation of core and of the blocking Java client against the testkit, with
 * SLF4J at TRACE (bodies logged) and injected failures (5xx bodies echoing the key, drops, timeouts,
 * malformed JSON, 404, a validation error, a refused connection): no captured log text, exception or
 * `toString` contains the API key, and each attempt's debug line names method, URL, status, duration and attempt.
 */
class LogRedactionTest : FunSpec({
    val key = "sk_live_LOGCAPTURE_9f8e7d6c5b4a3210"
    val server = KelviqTestServer.start(key)
    val capture = LogCapture()
    val thrown = ArrayList<Throwable>()
    val printed = ArrayList<String>()
    afterSpec {
        capture.close()
        server.close()
    }

    suspend fun expectFailure(block: suspend () -> Any?) {
        try {
            block()
            error("expected a failure")
        } catch (e: KelviqException) {
            thrown += e
        }
    }

    fun customerParams(id: String) = CreateCustomerParams.builder().customerId(id).email("$id@example.com").name("N $id").metadata(mapOf("k" to "v")).build()
    fun checkout() = CreateCheckoutSessionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY)
        .successUrl("https://example.com/ok").customerId(CUSTOMER).features(listOf(FeatureQuantity("seats", 2))).build()
    fun event(name: String) = ReportEventParams.builder().customerId(CUSTOMER).eventName(name).properties(mapOf("n" to 1)).build()
    fun subUpdate(id: String) = UpdateSubscriptionParams.builder().subscriptionId(id).planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY).build()
    fun subCancel(id: String) = CancelSubscriptionParams.builder().subscriptionId(id).cancellationType(CancellationType.IMMEDIATE).build()
    fun subCreate() = CreateSubscriptionParams.builder().planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId(CUSTOMER).build()

    test("a full run at TRACE, with failures, never logs or throws the key") {
        Rigs.seed(server)
        val sub1 = server.addSubscription(CUSTOMER, "plan-pro")
        val sub2 = server.addSubscription(CUSTOMER, "plan-pro")
        val echo = """{"detail":"Invalid token Bearer $key","apiKey":["$key"]}"""

        fastCore(server).use { core ->
            printed += core.toString()
            printed += core.config.toString()
            // every operation of core, each succeeding
            core.customers.create(customerParams("kc1"))
            core.customers.retrieve("kc1")
            core.customers.update(UpdateCustomerParams.builder().customerId("kc1").name("Renamed").build())
            core.customers.list(ListCustomersParams.builder().pageSize(1).build())
            core.customers.listAll(ListCustomersParams.builder().pageSize(1).build()).toList().size shouldBeGreaterThan 1
            core.customers.archive("kc1")
            core.checkout.createSession(checkout())
            core.entitlements.hasAccess(CUSTOMER, METER) shouldBe true
            core.entitlements.getEntitlement(CUSTOMER, METER)
            core.entitlements.getAllEntitlements(CUSTOMER)
            core.reporting.reportUsage(Rigs.set(10))
            core.reporting.reportUsage(Rigs.delta(1))
            core.reporting.reportEvent(event("core-event"))
            core.reporting.enqueueEvent(event("queued-event")) shouldBe true
            core.reporting.enqueueUsage(Rigs.delta(1)) shouldBe true
            core.reporting.flush(Duration.ofSeconds(5)) shouldBe true
            core.subscriptions.update(subUpdate(sub1))
            core.subscriptions.cancel(subCancel(sub1))
            core.subscriptions.list(ListSubscriptionsParams.builder().customerId(CUSTOMER).build())
            core.subscriptions.listAll(ListSubscriptionsParams.builder().customerId(CUSTOMER).pageSize(1).build()).toList()
            core.subscriptions.retrieve(sub2)
            core.subscriptions.create(subCreate())
            core.futures.retrieveCustomer(CUSTOMER).get()

            // failures: bodies echoing the key (retried, then given up), drops, timeouts, malformed JSON, 404, validation
            server.failNext(RETRIEVE, 1, 500, body = echo)
            core.customers.retrieve(CUSTOMER)
            server.failNext(RETRIEVE, 3, 503, mapOf("Retry-After" to "0", "X-Echo" to key), echo)
            expectFailure { core.customers.retrieve(CUSTOMER) }
            server.failNext(USAGE, 1, 401, body = echo)
            expectFailure { core.reporting.reportUsage(Rigs.delta(1)) }
            server.failNext(RequestMatcher.edge(), 1, 403, body = "Forbidden for Bearer $key")
            expectFailure { core.entitlements.hasAccess(CUSTOMER, METER) }
            server.dropNext(RETRIEVE, 1)
            core.customers.retrieve(CUSTOMER)
            server.dropNext(USAGE, 1)
            expectFailure { core.reporting.reportUsage(Rigs.delta(1)) }
            server.delayNext(RETRIEVE, 3, Duration.ofMillis(500))
            expectFailure { core.customers.retrieve(CUSTOMER, RequestOptions.timeout(Duration.ofMillis(150))) }
            server.malformedNext(RETRIEVE, 1)
            expectFailure { core.customers.retrieve(CUSTOMER) }
            expectFailure { core.customers.retrieve("nobody") }
            expectFailure { core.customers.create(customerParams(CUSTOMER)) } // already exists
            expectFailure { core.customers.retrieve("c1\r\nAuthorization: Bearer $key") }
        }

        // a refused connection
        fastCore(server.configBuilder().baseUrl("http://127.0.0.1:${Rigs.closedPort()}").build()).use { core ->
            expectFailure { core.reporting.reportUsage(Rigs.delta(1)) }
        }

        // the blocking Java flavour, every operation
        KelviqBlockingClient.create(fastCore(server)).use { client ->
            printed += client.toString()
            printed += client.async().toString()
            client.customers().create(customerParams("kb1"))
            client.customers().retrieve("kb1")
            client.customers().update(UpdateCustomerParams.builder().customerId("kb1").email("x@example.com").build())
            client.customers().list()
            client.customers().listAll().toList()
            client.customers().archive("kb1")
            client.checkout().createSession(checkout())
            client.entitlements().hasAccess(CUSTOMER, METER)
            client.entitlements().getEntitlement(CUSTOMER, METER)
            client.entitlements().getAllEntitlements(CUSTOMER)
            client.reporting().reportUsage(Rigs.set(3))
            client.reporting().reportEvent(event("blocking-event"))
            client.subscriptions().update(subUpdate(sub2))
            client.subscriptions().cancel(subCancel(sub2))
            client.subscriptions().list()
            client.subscriptions().listAll().toList()
            client.subscriptions().retrieve(sub2)
            client.subscriptions().create(subCreate())
            client.async().customers().retrieve(CUSTOMER).get()
            server.failNext(RETRIEVE, 3, 502, body = echo)
            expectFailure { client.customers().retrieve(CUSTOMER) }
        }

        val events = capture.events
        withClue("the run was logged at all levels up to TRACE") {
            events.size shouldBeGreaterThan 50
            events.map { it.level }.toSet() shouldContainAll listOf(Level.DEBUG, Level.TRACE)
        }
        for (e in events) {
            for (text in capture.texts(e)) withClue("${e.level} ${e.loggerName}: ${e.formattedMessage}") { text shouldNotContain key }
        }
        withClue("the echoed key was logged, redacted, in a TRACE response body") {
            events.any { it.level == Level.TRACE && it.formattedMessage.contains("response body") && it.formattedMessage.contains("****") } shouldBe true
        }
        withClue("bodies only at TRACE") {
            events.filter { it.formattedMessage.contains("body:") }.map { it.level }.toSet() shouldBe setOf(Level.TRACE)
        }

        thrown.size shouldBe 11
        for (t in thrown) {
            withClue("$t") {
                t.stackTraceToString() shouldNotContain key
                t.toString() shouldNotContain key
                if (t is KelviqServiceException) {
                    (t.rawBody ?: "") shouldNotContain key
                    t.headers.toString() shouldNotContain key
                    t.fieldErrors.toString() shouldNotContain key
                }
            }
        }

        printed += server.toString()
        printed += server.configBuilder().toString()
        printed += KelviqConfig.builder().apiKey(key).toString()
        printed += KelviqBlockingClient.builder().apiKey(key).toString()
        printed += server.requests().map { it.toString() }
        printed += listOf(customerParams("x"), checkout(), event("e"), subUpdate("s"), subCancel("s"), subCreate(), Rigs.delta(), Rigs.set(1))
            .map { it.toString() }
        server.requests().first().toString() shouldContain "Bearer ****"
        server.requests().first().header("authorization") shouldBe "Bearer $key" // the test really used the key
        for (p in printed) p shouldNotContain key
    }

    test("logging goes through SLF4J only: no module of the SDK brings a provider (logback here is the test's own)") {
        java.util.ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider::class.java).map { it.javaClass.name } shouldBe
            listOf("ch.qos.logback.classic.spi.LogbackServiceProvider")
    }

    test("each attempt's debug line names method, URL, status or failure, duration and attempt number") {
        val port = server.port
        val answer = Regex("""^Kelviq (GET|POST|PATCH|DELETE) http://127\.0\.0\.1:$port(/\S*) -> (\d{3}) in (\d+) ms \(attempt (\d+)/(\d+)\)$""")
        val failure = Regex("""^Kelviq (GET|POST|PATCH|DELETE) http://127\.0\.0\.1:$port(/\S*) failed in (\d+) ms \(attempt (\d+)/(\d+)\): .+""")
        val debug = capture.events.filter { it.level == Level.DEBUG && it.loggerName == "com.kelviq.sdk.transport" }.map { it.formattedMessage }
        val attempts = debug.mapNotNull { line ->
            answer.matchEntire(line)?.let { "${it.groupValues[1]} ${it.groupValues[2]}" }
                ?: failure.matchEntire(line)?.let { "${it.groupValues[1]} ${it.groupValues[2]}" }
        }
        val failedGets = debug.mapNotNull { line -> failure.matchEntire(line)?.takeIf { it.groupValues[1] == "GET" }?.let { "GET ${it.groupValues[2]}" } }
        val received = server.requests().map { "${it.method} ${it.target}" }
        val beyondAttempts = received.toMutableList().apply { attempts.forEach { remove(it) } }
        withClue("one attempt line per request the server received, with the same method and target") {
            (received.size - beyondAttempts.size) shouldBe attempts.size // every logged attempt reached the server
        }
        withClue("the server received more only where the JDK client resent a GET whose connection was dropped (never a POST)") {
            beyondAttempts.forEach { failedGets shouldContain it }
            (beyondAttempts.size <= failedGets.size) shouldBe true
            if (Rigs.ENGINE == HttpEngine.CIO) beyondAttempts shouldBe emptyList()
        }
        withClue("a retried call logs attempts 1/3, 2/3 and 3/3") {
            val retried = debug.filter { answer.matchEntire(it)?.groupValues?.get(3) == "503" }.map { answer.matchEntire(it)!!.groupValues[5] }
            retried shouldBe listOf("1", "2", "3")
        }
        withClue("the waits between attempts are logged too") {
            debug.any { it.contains("retrying after") && it.contains("HTTP 503") } shouldBe true
        }
    }
})
