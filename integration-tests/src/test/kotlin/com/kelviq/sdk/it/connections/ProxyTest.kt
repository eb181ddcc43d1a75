package com.kelviq.sdk.it.connections

import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.ConnectionConfig
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.it.reliability.Rigs
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe

/** `ConnectionConfig.proxy`: every request goes to the proxy, in absolute form, on both engines; the target is never contacted. */
class ProxyTest : FunSpec({
    test("requests go through the configured HTTP proxy") {
        ScriptedHttpServer().use { proxy ->
            proxy.answerBody = """{"value":1,"customerId":"cust-1","featureId":"api-calls","behaviour":"SET","orgId":"o",""" +
                """"eventName":"e","idempotencyKey":"k","timestamp":"2025-05-23 10:30:00.123456"}"""
            val target = "http://127.0.0.1:${Rigs.closedPort()}" // nothing listens there: only the proxy can answer
            val config = KelviqConfig.builder().apiKey("kelviq_test_key").baseUrl(target).edgeUrl("$target/edge").maxRetries(0)
                .connection(ConnectionConfig.builder().engine(Rigs.ENGINE).proxy("127.0.0.1", proxy.port).build()).build()
            Rigs.fastCore(config).use { core -> core.reporting.reportUsage(Rigs.set(1)).value shouldBe 1L }
            proxy.requests shouldHaveSize 1
            proxy.requests[0].startsWith("POST $target/api/v1/report/usage/ ") shouldBe true
        }
    }
})
