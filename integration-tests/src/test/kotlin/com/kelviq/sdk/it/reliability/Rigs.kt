@file:OptIn(InternalKelviqApi::class)

package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.HttpEngine
import com.kelviq.sdk.internal.InternalKelviqApi
import com.kelviq.sdk.internal.KelviqInternals
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import java.net.InetAddress
import java.net.ServerSocket
import java.time.Duration

/** Shared set-up of the reliability specs: fast-backoff cores over real HTTP, matchers and seeded calls. */
internal object Rigs {
    const val CUSTOMER = "cust-1"
    const val METER = "api-calls"

    /**
     * A core over real HTTP ([ENGINE]) to [server] whose retries back off 1..5 ms instead of 0.5..8 s, so that
     * fault-injection tests stay fast; retry decisions and `Retry-After` handling are the production ones.
     */
    fun fastCore(server: KelviqTestServer, maxRetries: Int = 2, block: KelviqConfig.Builder.() -> Unit = {}): KelviqCore =
        fastCore(server.configBuilder().maxRetries(maxRetries).apply(block).build())

    fun fastCore(config: KelviqConfig): KelviqCore =
        KelviqInternals.coreWithRetryPolicy(onTestEngine(config), Duration.ofMillis(1), Duration.ofMillis(5))

    /**
     * The engine these specs run on: `-Dkelviq.test.engine=CIO` (the build's second integration-test run) or the
     * default, [HttpEngine.JAVA].
     */
    val ENGINE: HttpEngine = HttpEngine.valueOf(System.getProperty("kelviq.test.engine", "JAVA").uppercase())

    /** A fast-backoff core ([fastCore]) to a raw server at [baseUrl] (edge under `/edge`), with [timeout] per attempt. */
    fun rawServerCore(baseUrl: String, timeout: Duration, maxRetries: Int = 2): KelviqCore = fastCore(
        KelviqConfig.builder().apiKey("kelviq_test_key").baseUrl(baseUrl).edgeUrl("$baseUrl/edge")
            .timeout(timeout).maxRetries(maxRetries).build(),
    )

    /** [config] on [ENGINE], other connection settings kept. */
    fun onTestEngine(config: KelviqConfig): KelviqConfig =
        config.toBuilder().connection(config.connection.toBuilder().engine(ENGINE).build()).build()

    /** Seeds the customer and a metered, unlimited-enough entitlement used by the reads and usage reports. */
    fun seed(server: KelviqTestServer) {
        server.addCustomer(CUSTOMER, "Ann", "ann@example.com")
        server.grant(CUSTOMER, METER, "METER", 1_000_000L, false)
    }

    /** A port on 127.0.0.1 that nothing listens on: a connection there is refused before any byte is written. */
    fun closedPort(): Int = ServerSocket(0, 1, InetAddress.getLoopbackAddress()).use { it.localPort }

    fun delta(value: Long = 5): ReportUsageParams =
        ReportUsageParams.builder().value(value).customerId(CUSTOMER).featureId(METER).behaviour(UsageBehaviour.DELTA).build()

    fun set(value: Long): ReportUsageParams =
        ReportUsageParams.builder().value(value).customerId(CUSTOMER).featureId(METER).behaviour(UsageBehaviour.SET).build()

    val RETRIEVE: RequestMatcher = RequestMatcher.of("GET", "/api/v1/customers/$CUSTOMER/")
    val USAGE: RequestMatcher = RequestMatcher.of("POST", "/api/v1/report/usage/")
    val EVENT: RequestMatcher = RequestMatcher.of("POST", "/api/v1/report/event/")
}
