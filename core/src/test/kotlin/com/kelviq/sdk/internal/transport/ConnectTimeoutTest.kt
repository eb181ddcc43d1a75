package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.respondJson
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.client.network.sockets.ConnectTimeoutException
import kotlinx.coroutines.test.runTest

/**
 * A connect timeout is a [KelviqTimeoutException]; nothing was written, so even a `DELTA` report
 * (which must not be repeated once sent) is retried.
 */
class ConnectTimeoutTest : FunSpec({
    val delta = ReportUsageParams.builder().value(1).customerId("c1").featureId("f").behaviour(UsageBehaviour.DELTA).build()

    test("a connect timeout on every attempt: KelviqTimeoutException counting them, for a DELTA report") {
        runTest {
            MockKelviq(MockKelviq.testConfig { maxRetries(2) }).use { m ->
                m.handler = { throw ConnectTimeoutException("Connect timeout has expired [url=${it.url}, connect_timeout=10000 ms]") }
                val e = shouldThrow<KelviqTimeoutException> { m.core.reporting.reportUsage(delta) }
                e.attempts shouldBe 3
                e.message!! shouldContain "timed out after 3 attempts"
                m.requests.size shouldBe 3
            }
        }
    }

    test("a connect timeout then a success: the DELTA report is sent once more and counted") {
        runTest {
            MockKelviq(MockKelviq.testConfig { maxRetries(2) }).use { m ->
                var n = 0
                m.handler = {
                    if (n++ == 0) throw ConnectTimeoutException("Connect timeout has expired")
                    respondJson("""{"value":1,"customerId":"c1","featureId":"f","behaviour":"DELTA"}""")
                }
                m.core.reporting.reportUsage(delta).value shouldBe 1
                m.requests.size shouldBe 2
            }
        }
    }
})
