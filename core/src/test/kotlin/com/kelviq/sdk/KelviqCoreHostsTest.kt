package com.kelviq.sdk

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.customerJson
import com.kelviq.sdk.testing.shouldBeRequest
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.string.shouldNotContain

/** Which host and version each request goes to, per environment and override. */
class KelviqCoreHostsTest : FunSpec({
    val entitlements = """{"customerId":"c1","entitlements":[]}"""

    suspend fun MockKelviq.hitBoth() {
        answer(customerJson("c1"))
        core.customers.retrieve("c1")
        answer(entitlements)
        core.entitlements.getAllEntitlements("c1")
    }

    context("each environment uses its API and edge hosts") {
        withData(
            Environment.PRODUCTION to ("https://api.kelviq.com" to "https://edge.api.kelviq.com"),
            Environment.SANDBOX to ("https://sandboxapi.kelviq.com" to "https://edge.sandboxapi.kelviq.com"),
            Environment.STAGING to ("https://stagingapi.kelviq.com" to "https://edge.stagingapi.kelviq.com"),
        ) { (env, hosts) ->
            MockKelviq(MockKelviq.testConfig { environment(env) }).use { m ->
                m.hitBoth()
                m.requests[0].shouldBeRequest("GET", "${hosts.first}/api/v1/customers/c1/")
                m.requests[1].shouldBeRequest("GET", "${hosts.second}/api/v1/entitlements/?customer_id=c1")
            }
        }
    }

    test("overrides (legacy ParityDeals hosts) win over the environment, trailing slash trimmed") {
        MockKelviq(
            MockKelviq.testConfig {
                environment(Environment.SANDBOX)
                baseUrl("https://api.paritydeals.com/")
                edgeUrl("https://edge.api.paritydeals.com/")
            },
        ).use { m ->
            m.hitBoth()
            m.requests[0].shouldBeRequest("GET", "https://api.paritydeals.com/api/v1/customers/c1/")
            m.requests[1].shouldBeRequest("GET", "https://edge.api.paritydeals.com/api/v1/entitlements/?customer_id=c1")
        }
    }

    test("a base with a path prefix and a port keeps them") {
        MockKelviq(MockKelviq.testConfig { baseUrl("https://proxy.example.com:8443/kelviq/").edgeUrl("https://proxy.example.com:8443/edge") }).use { m ->
            m.hitBoth()
            m.requests[0].shouldBeRequest("GET", "https://proxy.example.com:8443/kelviq/api/v1/customers/c1/")
            m.requests[1].shouldBeRequest("GET", "https://proxy.example.com:8443/edge/api/v1/entitlements/?customer_id=c1")
        }
    }

    test("the API version is the path segment after /api/") {
        MockKelviq(MockKelviq.testConfig { apiVersion("v2") }).use { m ->
            m.hitBoth()
            m.requests[0].shouldBeRequest("GET", "https://api.kelviq.com/api/v2/customers/c1/")
            m.requests[1].shouldBeRequest("GET", "https://edge.api.kelviq.com/api/v2/entitlements/?customer_id=c1")
        }
    }

    test("loopback http is used as given") {
        MockKelviq(MockKelviq.testConfig { baseUrl("http://127.0.0.1:8080"); edgeUrl("http://localhost:8081/") }).use { m ->
            m.hitBoth()
            m.requests[0].shouldBeRequest("GET", "http://127.0.0.1:8080/api/v1/customers/c1/")
            m.requests[1].shouldBeRequest("GET", "http://localhost:8081/api/v1/entitlements/?customer_id=c1")
        }
    }

    test("the bearer key is the configured one and the core's toString hides it") {
        val other = "sk_live_OTHER_KEY_987"
        MockKelviq(MockKelviq.testConfig { apiKey(other) }).use { m ->
            m.answer(customerJson("c1"))
            m.core.customers.retrieve("c1")
            m.last.shouldBeRequest("GET", "https://api.kelviq.com/api/v1/customers/c1/", apiKey = other)
            m.core.toString() shouldNotContain other
            m.core.config.toString() shouldNotContain other
        }
    }
})
