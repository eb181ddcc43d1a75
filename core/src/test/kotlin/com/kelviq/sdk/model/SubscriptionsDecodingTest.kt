package com.kelviq.sdk.model

import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.subscriptions
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject

/** Subscriptions decode from camelCase and snake_case, keep unknown statuses and the raw JSON. */
class SubscriptionsDecodingTest : FunSpec({
    test("the documented camelCase subscription") {
        MockKelviq().use { m ->
            m.answer(WireFixtures.SUBSCRIPTION_JSON)
            val s = m.core.subscriptions.retrieve("s1")
            s.id shouldBe "520ca8a5-9fc0-4d6a-bc7a-2ba331595441"
            s.customerId shouldBe "c1"
            s.status shouldBe "active"
            s.startDate shouldBe LocalDate.of(2026, 2, 7)
            s.endDate.shouldBeNull()
            s.billingPeriodStartTime shouldBe Instant.parse("2026-02-07T06:02:05Z")
            s.billingPeriodEndTime shouldBe Instant.parse("2026-03-07T06:02:05Z")
            s.amount shouldBe "49.00"
            s.amountDecimal() shouldBe BigDecimal("49.00")
            s.currency shouldBe "USD"
            s.recurrence shouldBe "month"
            s.plan shouldBe SubscriptionPlan("Pro", "plan-pro")
            s.features shouldBe emptyList<Any?>()
            s.trialDaysRemaining shouldBe 0
            s.billingType shouldBe "SUBSCRIPTION"
            s.canceledAt.shouldBeNull()
            s.raw shouldBe com.kelviq.sdk.internal.json.JavaJson.toJavaMap(Json.parseToJsonElement(WireFixtures.SUBSCRIPTION_JSON).jsonObject)
            s.raw["status"] shouldBe "active"
        }
    }

    test("snake_case keys, unknown status and billing type kept, unknown keys available in raw") {
        MockKelviq().use { m ->
            m.answer(
                """{"id":"s2","customer_id":"c9","status":"paused","start_date":"2025-01-31T10:00:00Z","end_date":"2025-12-31",""" +
                    """"billing_period_start_time":"2025-06-01 00:00:00","billing_period_end_time":"2025-07-01T00:00:00.123456Z",""" +
                    """"amount":49.5,"currency":"EUR","recurrence":"quarter","plan":{"name":"Team","identifier":"plan-team","x":1},""" +
                    """"features":[{"identifier":"seats","quantity":3}],"trial_days_remaining":5,"billing_type":"USAGE_BASED",""" +
                    """"cancelled_at":"2025-06-15T12:00:00Z","cancellation_reason":"customer_request",""" +
                    """"cancellation_feedback":"TOO_EXPENSIVE","cancellation_comment":"pricey","seats_used":3}""",
            )
            val s = m.core.subscriptions.retrieve("s2")
            s.customerId shouldBe "c9"
            s.status shouldBe "paused"
            s.startDate shouldBe LocalDate.of(2025, 1, 31)
            s.endDate shouldBe LocalDate.of(2025, 12, 31)
            s.billingPeriodStartTime shouldBe Instant.parse("2025-06-01T00:00:00Z")
            s.billingPeriodEndTime shouldBe Instant.parse("2025-07-01T00:00:00.123456Z")
            s.amount shouldBe "49.5"
            s.plan shouldBe SubscriptionPlan("Team", "plan-team")
            s.trialDaysRemaining shouldBe 5
            s.billingType shouldBe "USAGE_BASED"
            s.canceledAt shouldBe Instant.parse("2025-06-15T12:00:00Z")
            s.cancellationReason shouldBe "customer_request"
            s.cancellationFeedback shouldBe "TOO_EXPENSIVE"
            s.cancellationComment shouldBe "pricey"
            s.raw["seats_used"] shouldBe 3L
        }
    }

    test("a page of subscriptions, the update and the cancellation answers") {
        MockKelviq().use { m ->
            m.answer("""{"count":1,"next":null,"previous":null,"results":[${WireFixtures.SUBSCRIPTION_JSON}]}""")
            val page = m.core.subscriptions.list()
            page.count shouldBe 1L
            page.next.shouldBeNull()
            page.results.single().raw.isEmpty() shouldBe false
            m.answer("""{"subscription_id":"s1","detail":"updated"}""")
            m.core.subscriptions.update(
                UpdateSubscriptionParams.builder().subscriptionId("s1").planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).build(),
            ) shouldBe SubscriptionUpdate("s1")
            m.answer("""{"message":"Subscription cancelled successfully","status":"ok"}""")
            m.core.subscriptions.cancel(
                CancelSubscriptionParams.builder().subscriptionId("s1").cancellationType(CancellationType.IMMEDIATE).build(),
            ) shouldBe SubscriptionCancellation("Subscription cancelled successfully")
        }
    }
})
