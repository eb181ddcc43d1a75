package com.kelviq.sdk.reactor.it

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.errors.KelviqClosedException
import com.kelviq.sdk.reactor.ReactorKelviqClient
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import reactor.core.publisher.Mono
import java.time.Duration

/** After `close()`, every `Mono`/`Flux` of the Reactor client signals [KelviqClosedException] at once and sends nothing. */
class ClosedClientTest : FunSpec({
    test("subscriptions after close error within 50 ms with KelviqClosedException, without a request; close is idempotent") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1").grant("c1", "sso", "BOOLEAN", null, true)
            val kelviq = ReactorKelviqClient.create(server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).build())
            kelviq.entitlements().hasAccess("c1", "sso").block(Duration.ofSeconds(5)) shouldBe true
            kelviq.close()
            kelviq.close()
            val before = server.requests().size
            val calls = listOf<Mono<*>>(
                kelviq.customers().retrieve("c1"),
                kelviq.entitlements().hasAccess("c1", "sso"),
                kelviq.customers().listAll().collectList(),
            )
            for (call in calls) {
                val started = System.nanoTime()
                shouldThrow<KelviqClosedException> { call.block(Duration.ofSeconds(5)) }
                (System.nanoTime() - started) / 1_000_000 shouldBeLessThan 50L
            }
            server.requests().size shouldBe before
        }
    }
})
