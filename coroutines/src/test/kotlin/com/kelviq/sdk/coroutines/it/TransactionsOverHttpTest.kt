package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.model.ListTransactionsParams
import com.kelviq.sdk.model.TransactionStatus
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import java.math.BigDecimal
import java.time.LocalDate

/** `transactions.list/listAll` over real HTTP: the charges and refunds made show up as CHARGE and REFUND movements. */
class TransactionsOverHttpTest : FunSpec({
    test("filters on the wire, decoded amounts, and every page walked lazily") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1").addOrder("ORD-1", 2_000)
            KelviqClient(server.config()).use { kelviq ->
                repeat(3) { kelviq.charges.create(planIdentifier = "p", customerId = "c1") }
                kelviq.refunds.create(orderId = "ORD-1", amountUnits = 250)
                val today = LocalDate.now(java.time.ZoneOffset.UTC)
                val page = kelviq.transactions.list(
                    ListTransactionsParams.builder().status(TransactionStatus.SUCCESS).startDate(today).endDate(today).pageSize(2).build(),
                )
                server.lastRequest()!!.query shouldBe "status=success&start_date=$today&end_date=$today&page_size=2"
                page.count shouldBe 4L
                page.results shouldHaveSize 2
                val types = kelviq.transactions.listAll(ListTransactionsParams.builder().pageSize(2).build()).map { it.transactionType }.toList()
                types shouldBe listOf("CHARGE", "CHARGE", "CHARGE", "REFUND")
                val refund = kelviq.transactions.listAll().toList().last()
                refund.amountTotalDecimal()!!.compareTo(BigDecimal("2.50")) shouldBe 0
            }
        }
        shouldThrow<KelviqValidationException> {
            ListTransactionsParams.builder().startDate(LocalDate.of(2026, 2, 1)).endDate(LocalDate.of(2026, 1, 1)).build()
        }.field shouldBe "endDate"
    }
})
