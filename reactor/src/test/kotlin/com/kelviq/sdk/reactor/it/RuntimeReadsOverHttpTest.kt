package com.kelviq.sdk.reactor.it

import com.kelviq.sdk.model.ListEventsParams
import com.kelviq.sdk.model.ListOrdersParams
import com.kelviq.sdk.model.ListPaymentMethodsParams
import com.kelviq.sdk.reactor.ReactorKelviqClient
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.time.Duration

/** The orders and payment-methods reads of the Reactor client over real HTTP: lazy Fluxes that fetch pages on demand. */
class RuntimeReadsOverHttpTest : FunSpec({
    test("listAll fetches a page only when its items are requested") {
        KelviqTestServer.start().use { server ->
            (1..5).forEach { server.addOrder("ORD-$it", 100L * it) }
            ReactorKelviqClient.create(server.config()).use { kelviq ->
                val orders = kelviq.orders().listAll(ListOrdersParams.builder().pageSize(2).build())
                server.requestCount() shouldBe 0
                orders.take(2).map { it.id }.collectList().block(Duration.ofSeconds(5)) shouldBe listOf("ORD-1", "ORD-2")
                server.requestCount() shouldBe 1
                orders.map { it.id }.collectList().block(Duration.ofSeconds(5)) shouldBe (1..5).map { "ORD-$it" }
                server.requestCount() shouldBe 4
                kelviq.orders().listAllEvents("ORD-1", ListEventsParams.builder().pageSize(1).build()).map { it.code }.collectList()
                    .block(Duration.ofSeconds(5)) shouldBe listOf("order.created", "order.completed")
            }
        }
    }

    test("payment methods and checkout sessions") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1").addPaymentMethod("c1").addPaymentMethod("c1", "visa", "1881")
            ReactorKelviqClient.create(server.config()).use { kelviq ->
                kelviq.paymentMethods().listAll(ListPaymentMethodsParams.builder().customerId("c1").pageSize(1).build())
                    .map { it.methodData.getValue("last4")!! }.collectList().block(Duration.ofSeconds(5)) shouldBe listOf("4242", "1881")
                kelviq.checkout().listSessions().block(Duration.ofSeconds(5))!!.count shouldBe 0L
            }
        }
    }
})
