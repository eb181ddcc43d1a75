package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.model.CreateRefundParams
import com.kelviq.sdk.model.ListRefundsParams
import com.kelviq.sdk.model.RefundReason
import com.kelviq.sdk.model.RefundStatus
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.toList
import java.math.BigDecimal
import java.time.LocalDate

/** The refunds area over real HTTP: exact requests, amounts checked before sending, never retried once possibly made. */
class RefundsOverHttpTest : FunSpec({
    test("create, retrieve, list with filters, and listAll over several pages") {
        KelviqTestServer.start().use { server ->
            server.addOrder("ORD-1", 10_000)
            KelviqClient(server.config()).use { kelviq ->
                val refund = kelviq.refunds.create(orderId = "ORD-1", amountUnits = 500, reason = RefundReason.DUPLICATE, internalNote = "double charge")
                server.lastRequest()!!.body shouldBe """{"orderId":"ORD-1","amountUnits":500,"reason":"DUPLICATE","internalNote":"double charge"}"""
                refund.amountUnits shouldBe 500L
                refund.amountDecimal()!!.compareTo(BigDecimal("5.00")) shouldBe 0
                refund.status shouldBe "PENDING"
                refund.order["id"] shouldBe "ORD-1"
                kelviq.refunds.retrieve(refund.id) shouldBe refund
                kelviq.refunds.create(orderId = "ORD-1", amount = BigDecimal("1.50"))
                server.lastRequest()!!.body shouldBe """{"orderId":"ORD-1","amount":1.50}"""
                repeat(10) { kelviq.refunds.create(orderId = "ORD-1", amountUnits = 10) }

                val today = LocalDate.now(java.time.ZoneOffset.UTC)
                val page = kelviq.refunds.list(
                    ListRefundsParams.builder().status(RefundStatus.PENDING).startDate(today).endDate(today).pageSize(5).build(),
                )
                server.lastRequest()!!.query shouldBe "status=PENDING&start_date=$today&end_date=$today&page_size=5"
                page.count shouldBe 12L
                page.results shouldHaveSize 5
                val before = server.requestCount()
                kelviq.refunds.listAll(ListRefundsParams.builder().pageSize(5).build()).toList() shouldHaveSize 12
                server.requestCount() - before shouldBe 3
                shouldThrow<NotFoundException> { kelviq.refunds.retrieve("00000000-0000-0000-0000-000000000000") }
            }
        }
    }

    test("amounts are refused before sending: both given, zero or negative; a 5xx is not retried") {
        shouldThrow<KelviqValidationException> { CreateRefundParams.builder().orderId("O").amountUnits(1).amount(BigDecimal.ONE).build() }
            .field shouldBe "amountUnits, amount"
        shouldThrow<KelviqValidationException> { CreateRefundParams.builder().orderId("O").amountUnits(0).build() }.field shouldBe "amountUnits"
        shouldThrow<KelviqValidationException> { CreateRefundParams.builder().orderId("O").amount(BigDecimal("-1")).build() }.field shouldBe "amount"
        KelviqTestServer.start().use { server ->
            server.addOrder("ORD-1", 1_000)
            KelviqClient(server.configBuilder().maxRetries(3).build()).use { kelviq ->
                val refunds = RequestMatcher.pathPrefix("/api/v1/refunds/")
                server.failNext(refunds, 1, 503)
                shouldThrow<InternalServerException> { kelviq.refunds.create(orderId = "ORD-1", amountUnits = 100) }
                server.requestCount(refunds) shouldBe 1
            }
        }
    }
})
