package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.model.BillingType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.ListCheckoutSessionsParams
import com.kelviq.sdk.model.ListEventsParams
import com.kelviq.sdk.model.ListOrdersParams
import com.kelviq.sdk.model.ListPaymentMethodsParams
import com.kelviq.sdk.model.OrderStatus
import com.kelviq.sdk.model.ProductOfferingParams
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import java.time.LocalDate
import java.time.ZoneOffset

/** Orders, checkout-session reads, payment methods and offerings over real HTTP against the stateful testkit. */
class RuntimeReadsOverHttpTest : FunSpec({
    test("a charge makes an order; a refund changes its status and adds to its events, walked lazily") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1").addOrder("ORD-seed", 10_000, customerId = "c2")
            KelviqClient(server.config()).use { kelviq ->
                kelviq.charges.create(planIdentifier = "lifetime", customerId = "c1")
                val oneTime = kelviq.orders.list(ListOrdersParams.builder().billingType(BillingType.ONE_TIME).isRenewal(false).search("charge").build())
                server.lastRequest()!!.query shouldBe "search=charge&billing_type=ONE_TIME&is_renewal=false"
                val order = oneTime.results.single()
                order.customer!!.customerId shouldBe "c1"
                order.amountTotalUnits shouldBe 4_900L

                kelviq.refunds.create(orderId = "ORD-seed", amountUnits = 2_500)
                kelviq.orders.retrieve("ORD-seed").status shouldBe "PARTIAL_REFUND"
                kelviq.orders.list(ListOrdersParams.builder().status(OrderStatus.PARTIAL_REFUND).build()).results.map { it.id } shouldBe listOf("ORD-seed")
                val codes = kelviq.orders.listAllEvents("ORD-seed", ListEventsParams.builder().pageSize(1).build()).map { it.code }.toList()
                codes shouldBe listOf("order.created", "order.completed", "order.refunded")
                server.requests(RequestMatcher.pathPrefix("/api/v1/orders/ORD-seed/events/")).map { it.query } shouldBe
                    listOf("page=1&page_size=1", "page=2&page_size=1", "page=3&page_size=1")
                shouldThrow<NotFoundException> { kelviq.orders.retrieve("ORD-none") }
            }
        }
    }

    test("checkout sessions created are listed by date, retrieved still open, with their events") {
        KelviqTestServer.start().use { server ->
            KelviqClient(server.config()).use { kelviq ->
                val created = kelviq.checkout.createSession(
                    planIdentifier = "pro", chargePeriod = ChargePeriod.MONTHLY, successUrl = "https://example.com/ok", customerId = "c1",
                    metadata = mapOf("campaign" to "spring", "seats" to 3),
                )
                val today = LocalDate.now(ZoneOffset.UTC)
                val page = kelviq.checkout.listSessions(ListCheckoutSessionsParams.builder().status("open").startDate(today).build())
                server.lastRequest()!!.query shouldBe "status=open&start_date=$today"
                page.results.map { it.id } shouldBe listOf(created.checkoutSessionId)
                kelviq.checkout.listSessions(ListCheckoutSessionsParams.builder().endDate(today.minusDays(1)).build()).count shouldBe 0L
                val session = kelviq.checkout.retrieveSession(created.checkoutSessionId)
                session.status shouldBe "open"
                session.order shouldBe null
                session.metadata shouldBe mapOf("campaign" to "spring", "seats" to 3L)
                kelviq.checkout.listAllSessionEvents(created.checkoutSessionId).toList().map { it.code } shouldBe listOf("checkout_session.created")
                kelviq.checkout.listAllSessions().toList().size shouldBe 1
            }
        }
    }

    test("payment methods by customer id or e-mail; a failed list is retried (a read)") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1", email = "ann@example.com").addCustomer("c2")
                .addPaymentMethod("c1").addPaymentMethod("c1", "mastercard", "4444").addPaymentMethod("c2")
            KelviqClient(server.configBuilder().maxRetries(2).build()).use { kelviq ->
                val byEmail = kelviq.paymentMethods.list(ListPaymentMethodsParams.builder().customerEmail("ann@example.com").build())
                server.lastRequest()!!.query shouldBe "customer_email=ann%40example.com"
                byEmail.results.map { it.methodData["last4"] } shouldBe listOf("4242", "4444")
                byEmail.results.map { it.isDefault } shouldBe listOf(true, false)
                byEmail.results.first().customer!!.email shouldBe "ann@example.com"
                kelviq.paymentMethods.listAll(ListPaymentMethodsParams.builder().customerId("c2").pageSize(1).build()).toList().size shouldBe 1

                val methods = RequestMatcher.pathPrefix("/api/v1/payment-methods/")
                server.clearRequests()
                server.failNext(methods, 1, 500, mapOf("Retry-After" to "0"))
                kelviq.paymentMethods.list().count shouldBe 3L
                server.requestCount(methods) shouldBe 2
            }
        }
    }

    test("an offering lists the enabled plans and the customer's subscription; an unknown product is a NotFoundException") {
        KelviqTestServer.start().use { server ->
            val product = "5b3c1d2e-0000-4000-8000-00000000abcd"
            server.addOffering(product, "basic", "pro", "enterprise").addCustomer("c1")
            val subscriptionId = server.addSubscription("c1", "pro")
            KelviqClient(server.config()).use { kelviq ->
                val offering = kelviq.offerings.retrieve(product, ProductOfferingParams.builder().customerId("c1").plansEnabled("pro", "enterprise").build())
                server.lastRequest()!!.query shouldBe "customer_id=c1&plans_enabled=pro,enterprise"
                offering.plans.map { it.identifier } shouldBe listOf("pro", "enterprise")
                offering.plans.first().price!!.charges.map { it.chargePeriod } shouldBe listOf("MONTHLY", "YEARLY")
                offering.subscription!!.subscriptionId shouldBe subscriptionId
                offering.isCustomerExists shouldBe true
                kelviq.offerings.retrieve(product).plans.size shouldBe 3
                shouldThrow<NotFoundException> { kelviq.offerings.retrieve("5b3c1d2e-0000-4000-8000-00000000ffff") }
                    .message!!.contains("Product does not exist") shouldBe true

                val before = server.requestCount()
                shouldThrow<KelviqValidationException> { kelviq.offerings.retrieve("pro-suite") }.field shouldBe "productId"
                shouldThrow<KelviqValidationException> { ProductOfferingParams.builder().plansEnabled("a,b").build() }.field shouldBe "plansEnabled[0]"
                shouldThrow<KelviqValidationException> { kelviq.orders.listEvents(" ") }.field shouldBe "orderId"
                shouldThrow<KelviqValidationException> { ListPaymentMethodsParams.builder().customerEmail("not-an-email").build() }
                    .field shouldBe "customerEmail"
                server.requestCount() shouldBe before
            }
        }
    }
})
