package com.kelviq.sdk.internal.bridge

import com.kelviq.sdk.testing.futures
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures.API
import com.kelviq.sdk.testing.customerJson
import com.kelviq.sdk.testing.pageJson
import com.kelviq.sdk.testing.respondJson
import com.kelviq.sdk.testing.subscriptionJson
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import java.util.concurrent.ExecutionException
import java.util.concurrent.TimeUnit

/** [PageCursor] fetches one page per `nextPage()`, lazily, and ends with `null`. */
class PageCursorTest : FunSpec({
    test("customers: nothing before the first nextPage, then one request per page, then null without a request") {
        MockKelviq().use { m ->
            m.handler = { req ->
                val page = req.url.parameters["page"]!!.toInt()
                respondJson(pageJson(5, page < 3, if (page < 3) listOf(customerJson("c${page}a"), customerJson("c${page}b")) else listOf(customerJson("c3a"))))
            }
            val cursor = m.core.futures.customerPages(ListCustomersParams.builder().pageSize(2).build())
            m.requests.size shouldBe 0
            cursor.nextPage().get(5, TimeUnit.SECONDS)!!.map { it.customerId } shouldBe listOf("c1a", "c1b")
            m.requests.size shouldBe 1
            cursor.nextPage().get(5, TimeUnit.SECONDS)!!.map { it.customerId } shouldBe listOf("c2a", "c2b")
            cursor.nextPage().get(5, TimeUnit.SECONDS)!!.map { it.customerId } shouldBe listOf("c3a")
            cursor.nextPage().get(5, TimeUnit.SECONDS).shouldBeNull()
            cursor.nextPage().get(5, TimeUnit.SECONDS).shouldBeNull()
            m.requests.map { it.url } shouldBe (1..3).map { "$API/customers/?page=$it&page_size=2" }
        }
    }

    test("subscriptions: filters kept on every page; an empty first page ends at once") {
        MockKelviq().use { m ->
            m.handler = { req ->
                val page = req.url.parameters["page"]!!.toInt()
                respondJson(pageJson(2, page < 2, listOf(subscriptionJson("s$page"))))
            }
            val cursor = m.core.futures.subscriptionPages(ListSubscriptionsParams.builder().customerId("c1").status("active", "trialing").build())
            cursor.nextPage().get(5, TimeUnit.SECONDS)!!.map { it.id } shouldBe listOf("s1")
            cursor.nextPage().get(5, TimeUnit.SECONDS)!!.map { it.id } shouldBe listOf("s2")
            cursor.nextPage().get(5, TimeUnit.SECONDS).shouldBeNull()
            m.requests.map { it.url } shouldBe (1..2).map { "$API/subscriptions/?customer_id=c1&status=active,trialing&page=$it" }
        }
        MockKelviq().use { m ->
            m.answer(pageJson(0, false, emptyList()))
            val cursor = m.core.futures.subscriptionPages()
            cursor.nextPage().get(5, TimeUnit.SECONDS).shouldBeNull()
            cursor.nextPage().get(5, TimeUnit.SECONDS).shouldBeNull()
            m.requests.size shouldBe 1
        }
    }

    test("a failed page fails its future with the original exception") {
        MockKelviq().use { m ->
            m.answer("{}", 500)
            val e = shouldThrow<ExecutionException> { m.core.futures.customerPages().nextPage().get(5, TimeUnit.SECONDS) }
            e.cause.shouldBeInstanceOf<InternalServerException>()
        }
    }
})
