package com.kelviq.sdk.testkit

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.testkit.internal.FakeApi
import com.kelviq.sdk.testkit.internal.Fault
import com.kelviq.sdk.testkit.internal.Faults
import com.kelviq.sdk.testkit.internal.HttpFrontEnd
import com.kelviq.sdk.testkit.internal.OrderRecord
import com.kelviq.sdk.testkit.internal.Recorder
import com.sun.net.httpserver.HttpServer
import java.net.InetAddress
import java.net.InetSocketAddress
import java.time.Duration
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger

/**
 * A stateful fake of the Kelviq API over real HTTP on `127.0.0.1` (a random free port), for tests
 * of code that uses the Kelviq SDK.
 *
 * It speaks the wire contract exactly: the API under [baseUrl] (`/api/v1/...`), entitlements only
 * under [edgeUrl] (`/edge/api/v1/entitlements/`), trailing slashes required, `Authorization: Bearer`
 * [apiKey] checked (401 otherwise), and every body and query checked against the contract (400
 * naming the key for an unknown or missing key, a `null` optional field, a bad enum value, date
 * format or JSON type, or a body not sent as `application/json`). Only API version `v1` is served;
 * a path outside the contract gets 404, a known path with another method 405.
 *
 * Usage: `KelviqTestServer.start()`, then `KelviqBlockingClient.create(server.config())` (see the README's testkit section).
 *
 * State: customers, checkout sessions, seeded entitlements (whose `METER` usage usage reports change), events
 * (de-duplicated by idempotency key), subscriptions, charges and the orders they make, seeded orders and their
 * refunds and events, seeded licenses and their activations, seeded payment methods and product offerings, and the
 * transactions charges and refunds make.
 * Every request is recorded ([requests]); faults can be injected ([failNext], [delayNext],
 * [dropNext], [malformedNext]). Thread-safe; requests are served concurrently. [close] frees the port.
 */
public class KelviqTestServer private constructor(
    /** The API key the server accepts (`Authorization: Bearer {apiKey}`). */
    public val apiKey: String,
) : AutoCloseable {
    private val executor: ExecutorService
    private val http: HttpServer = HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64)

    /** The port the server listens on (on 127.0.0.1). */
    public val port: Int = http.address.port

    /** The API base URL, `http://127.0.0.1:{port}`; operations are served under `/api/v1/`. */
    public val baseUrl: String = "http://127.0.0.1:$port"

    /** The edge base URL, `http://127.0.0.1:{port}/edge`; only entitlements are served there. */
    public val edgeUrl: String = "$baseUrl/edge"

    private val api = FakeApi(baseUrl, ORG_ID)
    private val faults = Faults()
    private val recorder = Recorder()

    init {
        val threads = AtomicInteger()
        executor = Executors.newCachedThreadPool { task ->
            Thread(task, "kelviq-test-server-$port-${threads.incrementAndGet()}").apply { isDaemon = true }
        }
        http.executor = executor
        http.createContext("/", HttpFrontEnd(api, faults, recorder, apiKey))
        // The JDK server's dispatcher thread takes the daemon status of the thread that starts it: start it from a
        // daemon thread, so that a server left unclosed never keeps the JVM alive.
        val starter = Thread({ http.start() }, "kelviq-test-server-$port-start").apply { isDaemon = true }
        starter.start()
        starter.join()
    }

    /**
     * A [KelviqConfig] pointing at this server (API key, [baseUrl], [edgeUrl]), other settings default
     * except the entitlement cache, which is off: what a test seeds (grant, revoke, usage) is what the
     * SDK sees at once. To test with the cache, use
     * `configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build()`.
     */
    public fun config(): KelviqConfig = configBuilder().build()

    /**
     * Adds a paid one-time order (served by `/orders/`, and one that refunds may draw on): [amountUnits] in minor units
     * (`10_000`: 100.00), in [currency], of [customerId] when given.
     */
    @JvmOverloads
    public fun addOrder(orderId: String, amountUnits: Long, currency: String = "USD", customerId: String? = null): KelviqTestServer = apply {
        require(orderId.isNotBlank()) { "orderId must not be blank" }
        require(amountUnits > 0) { "amountUnits must be positive" }
        synchronized(api) { api.orders.add(OrderRecord(orderId, customerId, amountUnits, currency, "ONE_TIME")) }
    }

    /** Adds a saved card of [customerId] (served by `/payment-methods/`); a customer's first card is their default. */
    @JvmOverloads
    public fun addPaymentMethod(customerId: String, brand: String = "visa", last4: String = "4242"): KelviqTestServer = apply {
        require(customerId.isNotBlank()) { "customerId must not be blank" }
        synchronized(api) { api.paymentMethods.add(customerId, brand, last4) }
    }

    /** Adds a product [productId] (a UUID) whose offering lists [planIdentifiers], priced 19.00, 38.00, ... a month. */
    public fun addOffering(productId: String, vararg planIdentifiers: String): KelviqTestServer = apply {
        require(java.util.UUID.fromString(productId).toString() == productId.lowercase()) { "productId must be a UUID, was $productId" }
        synchronized(api) { api.offerings.add(productId, planIdentifiers.toList()) }
    }

    /** Adds a license [licenseKey] with [activationLimit] activations, of [customerId] when given. */
    @JvmOverloads
    public fun addLicense(licenseKey: String, activationLimit: Int, customerId: String? = null): KelviqTestServer = apply {
        require(licenseKey.isNotBlank()) { "licenseKey must not be blank" }
        require(activationLimit > 0) { "activationLimit must be positive" }
        synchronized(api) { api.licenses.add(licenseKey, activationLimit, customerId) }
    }

    /** A [WebhookSigner] for [secret]: signed deliveries, as Kelviq would send them, for a webhook endpoint under test. */
    public fun webhookSigner(secret: String): WebhookSigner = WebhookSigner(secret)

    /**
     * A [KelviqConfig.Builder] pointing at this server, entitlement cache off (see [config]), to adjust
     * before building, e.g. `server.configBuilder().maxRetries(0).build()`.
     */
    public fun configBuilder(): KelviqConfig.Builder =
        KelviqConfig.builder().apiKey(apiKey).baseUrl(baseUrl).edgeUrl(edgeUrl)
            .entitlementCache(EntitlementCacheConfig.DISABLED)

    /** Adds a customer directly, as if created through the API; an existing one is kept unchanged. */
    @JvmOverloads
    public fun addCustomer(customerId: String, name: String? = null, email: String? = null): KelviqTestServer = apply {
        require(customerId.isNotBlank()) { "customerId must not be blank" }
        synchronized(api) { api.customers.seed(customerId, name, email) }
    }

    /** Whether [customerId] exists (created and not archived). */
    public fun hasCustomer(customerId: String): Boolean = synchronized(api) { api.customers.exists(customerId) }

    /** How many customers exist (archived ones excluded). */
    public fun customerCount(): Int = synchronized(api) { api.customers.count() }

    /**
     * Adds an entitlement entry: [featureType] as a string (`METER`, `BOOLEAN`, `CUSTOMIZABLE`, ...),
     * [usageLimit] `null` for unlimited. Each call adds an entry; several per feature are allowed.
     *
     * ```java
     * server.grant("c1", "api-calls", "METER", 100L, true);
     * server.grant("c1", "sso", "BOOLEAN", null, false);
     * ```
     */
    public fun grant(customerId: String, featureId: String, featureType: String, usageLimit: Long?, hardLimit: Boolean): KelviqTestServer =
        grant(EntitlementGrant.builder(customerId, featureId).type(featureType).usageLimit(usageLimit).hardLimit(hardLimit).build())

    /** Adds a `BOOLEAN` entitlement entry granting access to [featureId]. */
    public fun grant(customerId: String, featureId: String): KelviqTestServer =
        grant(EntitlementGrant.builder(customerId, featureId).type("BOOLEAN").build())

    /** Adds the entitlement entry [grant]; see [EntitlementGrant.builder]. */
    public fun grant(grant: EntitlementGrant): KelviqTestServer = apply { synchronized(api) { api.entitlements.grant(grant) } }

    /** Removes every entitlement entry of [customerId]. */
    public fun revokeAll(customerId: String): KelviqTestServer = apply { synchronized(api) { api.entitlements.revokeAll(customerId) } }

    /** Removes the entitlement entries of [featureId] held by [customerId]. */
    public fun revoke(customerId: String, featureId: String): KelviqTestServer =
        apply { synchronized(api) { api.entitlements.revoke(customerId, featureId) } }

    /** The current usage of the first `METER` entry of [featureId] held by [customerId], or `null` when there is none. */
    public fun currentUsage(customerId: String, featureId: String): Long? =
        synchronized(api) { api.entitlements.meter(customerId, featureId)?.currentUsage }

    /**
     * Adds a subscription directly (its customer need not exist) and returns its id.
     * [chargePeriod] as sent on the wire (`MONTHLY`, ...); [status] `active` by default.
     */
    @JvmOverloads
    public fun addSubscription(customerId: String, planIdentifier: String, chargePeriod: String = "MONTHLY", status: String = "active"): String =
        synchronized(api) { api.subscriptions.seed(customerId, planIdentifier, chargePeriod, status).id }

    /** The status of subscription [subscriptionId] (`active`, `canceled`, ...), or `null` when absent. */
    public fun subscriptionStatus(subscriptionId: String): String? = synchronized(api) { api.subscriptions.find(subscriptionId)?.status }

    /** The plan identifier of subscription [subscriptionId], or `null` when absent. */
    public fun subscriptionPlan(subscriptionId: String): String? = synchronized(api) { api.subscriptions.find(subscriptionId)?.planIdentifier }

    /** How many subscriptions exist, in any status. */
    public fun subscriptionCount(): Int = synchronized(api) { api.subscriptions.all().size }

    /** Every accepted event, once per idempotency key, in arrival order. */
    public fun events(): List<ReportedEvent> = synchronized(api) { api.reporting.events() }

    /** How many distinct events were accepted. */
    public fun eventCount(): Int = events().size

    /** How many distinct events named [eventName] were accepted for [customerId]. */
    public fun eventCount(customerId: String, eventName: String): Int =
        events().count { it.customerId == customerId && it.eventName == eventName }

    /** Every accepted usage report, in arrival order (a repeated `DELTA` appears twice). */
    public fun usageReports(): List<ReportedUsage> = synchronized(api) { api.reporting.usageReports() }

    /** Every checkout session created, in arrival order. */
    public fun checkoutSessions(): List<CheckoutSessionRecord> = synchronized(api) { api.checkout.sessions() }

    /** Every request received since the start or the last [clearRequests], in arrival order (faulted ones included). */
    public fun requests(): List<RecordedRequest> = recorder.all()

    /** The requests [matcher] chooses. */
    public fun requests(matcher: RequestMatcher): List<RecordedRequest> = recorder.all().filter { matcher.matches(it) }

    /** The last request received, or `null`. */
    public fun lastRequest(): RecordedRequest? = recorder.all().lastOrNull()

    /** How many requests were received. */
    public fun requestCount(): Int = recorder.all().size

    /** How many received requests [matcher] chooses. */
    public fun requestCount(matcher: RequestMatcher): Int = recorder.all().count { matcher.matches(it) }

    /**
     * How many TCP connections the recorded requests arrived on (distinct [RecordedRequest.clientAddress]):
     * a client that reuses its connections makes far fewer than it makes requests.
     */
    public fun connectionCount(): Int = recorder.all().map { it.clientAddress }.toSet().size

    /** How many distinct connections the requests chosen by [matcher] arrived on. */
    public fun connectionCount(matcher: RequestMatcher): Int =
        recorder.all().filter { matcher.matches(it) }.map { it.clientAddress }.toSet().size

    /** Forgets the recorded requests ([RecordedRequest.sequence] keeps counting; [reset] restarts it). */
    public fun clearRequests(): KelviqTestServer = apply { recorder.clear() }

    /**
     * Answers the next [count] requests with [status], [headers] and [body] instead of processing them.
     * Example: `server.failNext(2, 503, Map.of("Retry-After", "0"))`.
     */
    @JvmOverloads
    public fun failNext(count: Int, status: Int, headers: Map<String, String> = emptyMap(), body: String = defaultBody(status)): KelviqTestServer =
        failNext(RequestMatcher.any(), count, status, headers, body)

    /** Like [failNext], for the next [count] requests [matcher] chooses. */
    @JvmOverloads
    public fun failNext(
        matcher: RequestMatcher,
        count: Int,
        status: Int,
        headers: Map<String, String> = emptyMap(),
        body: String = defaultBody(status),
    ): KelviqTestServer = apply {
        require(status in 100..599) { "status must be an HTTP status, was $status" }
        faults.add(matcher, count, Fault.Fail(status, headers.toMap(), body))
    }

    /** Processes the next [count] requests normally but answers each only after [delay] (state changes happen at once). */
    public fun delayNext(count: Int, delay: Duration): KelviqTestServer = delayNext(RequestMatcher.any(), count, delay)

    /** Like [delayNext], for the next [count] requests [matcher] chooses. */
    public fun delayNext(matcher: RequestMatcher, count: Int, delay: Duration): KelviqTestServer = apply {
        require(!delay.isNegative) { "delay must not be negative, was $delay" }
        faults.add(matcher, count, Fault.Delay(delay))
    }

    /** Closes the connection of each of the next [count] requests without answering (nor processing them). */
    public fun dropNext(count: Int): KelviqTestServer = dropNext(RequestMatcher.any(), count)

    /** Like [dropNext], for the next [count] requests [matcher] chooses. */
    public fun dropNext(matcher: RequestMatcher, count: Int): KelviqTestServer = apply { faults.add(matcher, count, Fault.Drop) }

    /** Answers the next [count] requests with 200 and a body that is not valid JSON (without processing them). */
    public fun malformedNext(count: Int): KelviqTestServer = malformedNext(RequestMatcher.any(), count)

    /** Like [malformedNext], for the next [count] requests [matcher] chooses. */
    public fun malformedNext(matcher: RequestMatcher, count: Int): KelviqTestServer =
        apply { faults.add(matcher, count, Fault.Malformed) }

    /** How many injected faults are still waiting for requests. */
    public fun pendingFaults(): Int = faults.pending()

    /** Cancels every injected fault still waiting. */
    public fun clearFaults(): KelviqTestServer = apply { faults.clear() }

    /** Forgets all state, recorded requests and pending faults, as if just started (same port and key). */
    public fun reset(): KelviqTestServer = apply {
        synchronized(api) { api.clear() }
        faults.clear()
        recorder.reset()
    }

    /** Stops the server and frees its port; requests in flight are abandoned. Idempotent. */
    override fun close() {
        http.stop(0)
        executor.shutdownNow()
    }

    /** Shows the URLs, never the API key. */
    override fun toString(): String = "KelviqTestServer(baseUrl=$baseUrl, edgeUrl=$edgeUrl, apiKey=****)"

    /** Factories and constants. */
    public companion object {
        /** The API key a server started without one accepts. */
        public const val DEFAULT_API_KEY: String = "kelviq_test_key"

        /** The `orgId` the server puts in report responses. */
        public const val ORG_ID: String = "org_test"

        /** Starts a server on a random free port of 127.0.0.1, accepting [apiKey]; turns on `sun.net.httpserver.nodelay` unless set. */
        @JvmStatic
        @JvmOverloads
        public fun start(apiKey: String = DEFAULT_API_KEY): KelviqTestServer {
            require(apiKey.isNotBlank()) { "apiKey must not be blank" }
            // The JDK server writes headers and body in two segments: without TCP_NODELAY, Nagle holds the body until the
            // client's delayed ACK (~40 ms a request). Read once, by the JVM's first HttpServer; an explicit -D wins.
            if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true")
            return KelviqTestServer(apiKey)
        }

        private fun defaultBody(status: Int): String = "{\"detail\":\"Injected failure ($status).\"}"
    }
}
