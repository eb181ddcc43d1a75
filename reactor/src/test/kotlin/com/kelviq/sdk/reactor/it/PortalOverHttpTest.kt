package com.kelviq.sdk.reactor.it

import com.kelviq.sdk.reactor.ReactorKelviqClient
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.time.Duration

/** The portal area of the Reactor client over real HTTP: cold until subscribed. */
class PortalOverHttpTest : FunSpec({
    test("nothing is sent before subscription; each subscription creates a session") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1", "Ann", "ann@example.com")
            ReactorKelviqClient.create(server.config()).use { kelviq ->
                val mono = kelviq.portal().createSession("c1")
                server.requestCount() shouldBe 0
                mono.block(Duration.ofSeconds(5))!!.email shouldBe "ann@example.com"
                mono.block(Duration.ofSeconds(5))
                server.requestCount() shouldBe 2
            }
        }
    }
})
