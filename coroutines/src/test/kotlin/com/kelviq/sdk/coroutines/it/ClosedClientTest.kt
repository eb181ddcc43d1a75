package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.KelviqClosedException
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.toList

/** After `close()`, every call of the coroutines client fails at once with [KelviqClosedException] and sends nothing. */
class ClosedClientTest : FunSpec({
    test("calls after close fail within 50 ms with KelviqClosedException, without a request; close is idempotent") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1").grant("c1", "sso", "BOOLEAN", null, true)
            val kelviq = KelviqClient(server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build())
            kelviq.entitlements.hasAccess("c1", "sso") shouldBe true // cached now
            kelviq.close()
            kelviq.close()
            val before = server.requests().size
            val calls = listOf<suspend () -> Any?>(
                { kelviq.customers.retrieve("c1") },
                { kelviq.entitlements.hasAccess("c1", "sso") }, // a cache hit too
                { kelviq.customers.listAll().toList() },
                { kelviq.reporting.reportEvent(customerId = "c1", eventName = "e") },
            )
            for (call in calls) {
                val started = System.nanoTime()
                val e = shouldThrow<KelviqClosedException> { call() }
                (System.nanoTime() - started) / 1_000_000 shouldBeLessThan 50L
                e.message shouldContain "closed"
            }
            server.requests().size shouldBe before
        }
    }
})
