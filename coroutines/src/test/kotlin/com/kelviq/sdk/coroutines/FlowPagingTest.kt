package com.kelviq.sdk.coroutines

import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList

/** `listAll` returns cold Flows that fetch a page only when the collector gets that far (3 pages of 2 items). */
class FlowPagingTest : FunSpec({
    val f = WireFixtures

    test("customers.listAll is cold and fetches pages lazily") {
        MockKelviq().use { mock ->
            mock.serveThreePages("customers", f.CUSTOMER_JSON)
            val kelviq = KelviqClient(mock.core)
            val flow = kelviq.customers.listAll(pageSize = 2)
            mock.requests shouldHaveSize 0

            flow.take(1).toList() shouldBe listOf(f.EXPECTED_CUSTOMER)
            mock.requests shouldHaveSize 1

            mock.requests.clear()
            flow.take(3).toList() shouldHaveSize 3
            mock.requests.map { it.url } shouldBe listOf(
                "${f.API}/customers/?page=1&page_size=2",
                "${f.API}/customers/?page=2&page_size=2",
            )

            mock.requests.clear()
            flow.toList() shouldHaveSize 6
            mock.requests shouldHaveSize 3
        }
    }

    test("subscriptions.listAll is cold and fetches pages lazily") {
        MockKelviq().use { mock ->
            mock.serveThreePages("subscriptions", f.SUBSCRIPTION_JSON)
            val kelviq = KelviqClient(mock.core)
            val flow = kelviq.subscriptions.listAll(customerId = "c1", pageSize = 2)
            mock.requests shouldHaveSize 0

            flow.take(2).toList() shouldHaveSize 2
            mock.requests shouldHaveSize 1

            mock.requests.clear()
            flow.toList().map { it.customerId } shouldBe List(6) { "c1" }
            mock.requests.map { it.url } shouldBe (1..3).map { "${f.API}/subscriptions/?customer_id=c1&page=$it&page_size=2" }
        }
    }
})
