package com.kelviq.sdk.testkit

import com.kelviq.sdk.testing.subscriptions
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.BadRequestException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CancellationFeedback
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.CreateSubscriptionParams
import com.kelviq.sdk.model.FeatureQuantity
import com.kelviq.sdk.model.ListSubscriptionsParams
import com.kelviq.sdk.model.TrialEnd
import com.kelviq.sdk.model.UpdateSubscriptionParams
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import kotlinx.coroutines.flow.toList
import java.time.LocalDate
import java.time.ZoneOffset

class SubscriptionsTest : StringSpec({
    val fixture = specServer()
    val server = fixture.server
    val core = fixture.core
    val raw = fixture.raw

    suspend fun create(customerId: String = "c1", plan: String = "plan-pro", period: ChargePeriod = ChargePeriod.MONTHLY) =
        core.subscriptions.create(CreateSubscriptionParams.builder().planIdentifier(plan).chargePeriod(period).customerId(customerId).build())

    fun cancel(id: String, type: CancellationType) = CancelSubscriptionParams.builder().subscriptionId(id).cancellationType(type)

    "create answers 201 with the Subscription JSON of the contract" {
        server.addCustomer("c1")
        val answer = raw.post(
            "/api/v1/subscriptions/create/",
            """{"planIdentifier":"plan-pro","chargePeriod":"YEARLY","customerId":"c1","successUrl":"https://x.co/ok","features":[{"identifier":"seats","quantity":3}]}""",
        )
        answer.status shouldBe 201
        val json = answer.json()
        json.keys shouldBe setOf(
            "id", "customerId", "status", "startDate", "endDate", "billingPeriodStartTime", "billingPeriodEndTime", "amount", "currency",
            "recurrence", "plan", "features", "trialDaysRemaining", "billingType", "canceledAt", "cancellationReason",
            "cancellationFeedback", "cancellationComment",
        )
        json["amount"].toString() shouldBe "\"0.00\""
        json["plan"].toString() shouldBe """{"name":"plan-pro","identifier":"plan-pro"}"""
        json["features"].toString() shouldBe """[{"identifier":"seats","quantity":3}]"""
        json["recurrence"].toString() shouldBe "\"year\""
    }

    "create for an unknown customer is refused" {
        shouldThrow<BadRequestException> { create("ghost") }.fieldErrors.keys shouldBe setOf("customerId")
        server.subscriptionCount() shouldBe 0
    }

    "retrieve returns the subscription; an absent one is 404" {
        server.addCustomer("c1")
        val created = create()
        val fetched = core.subscriptions.retrieve(created.id)
        fetched.status shouldBe "active"
        fetched.customerId shouldBe "c1"
        fetched.plan!!.identifier shouldBe "plan-pro"
        fetched.amount shouldBe "0.00"
        fetched.billingType shouldBe "SUBSCRIPTION"
        fetched.startDate shouldBe LocalDate.now(ZoneOffset.UTC)
        fetched.billingPeriodEndTime shouldNotBe null
        fetched.endDate shouldBe null
        shouldThrow<NotFoundException> { core.subscriptions.retrieve("missing") }
        raw.get("/api/v1/subscriptions/create/").status shouldBe 404
    }

    "list filters by customer_id and comma-separated status, with paging" {
        server.addCustomer("c1").addCustomer("c2")
        val a = create("c1").id
        val b = create("c1").id
        create("c2")
        server.addSubscription("c1", "plan-trial", "MONTHLY", "trialing")
        core.subscriptions.cancel(cancel(b, CancellationType.IMMEDIATE).build())
        core.subscriptions.list(ListSubscriptionsParams.builder().customerId("c1").build()).count shouldBe 3
        val activeOrTrialing = core.subscriptions.list(ListSubscriptionsParams.builder().customerId("c1").status("active", "trialing").build())
        activeOrTrialing.results.map { it.status } shouldBe listOf("active", "trialing")
        activeOrTrialing.results.first().id shouldBe a
        core.subscriptions.list(ListSubscriptionsParams.builder().status("canceled").build()).results.map { it.id } shouldBe listOf(b)
        val page = core.subscriptions.list(ListSubscriptionsParams.builder().pageSize(2).build())
        page.count shouldBe 4
        page.next shouldBe "${server.baseUrl}/api/v1/subscriptions/?page=2&page_size=2"
        core.subscriptions.listAll(ListSubscriptionsParams.builder().pageSize(1).build()).toList().size shouldBe 4
        raw.get("/api/v1/subscriptions/?status=active,,x").status shouldBe 400
        raw.get("/api/v1/subscriptions/?customerId=c1").status shouldBe 400
    }

    "update changes the plan and charge period and answers {subscriptionId}" {
        server.addCustomer("c1")
        val id = create().id
        val update = core.subscriptions.update(
            UpdateSubscriptionParams.builder().subscriptionId(id).planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY)
                .features(listOf(FeatureQuantity("seats", 10))).build(),
        )
        update.subscriptionId shouldBe id
        val after = core.subscriptions.retrieve(id)
        after.plan!!.identifier shouldBe "plan-team"
        after.recurrence shouldBe "year"
        after.features shouldBe listOf(mapOf("identifier" to "seats", "quantity" to 10L))
        server.subscriptionPlan(id) shouldBe "plan-team"
        core.subscriptions.update(
            UpdateSubscriptionParams.builder().subscriptionId(id).planIdentifier("plan-team").chargePeriod(ChargePeriod.YEARLY)
                .trialEnd(TrialEnd.now()).build(),
        ).subscriptionId shouldBe id
        shouldThrow<NotFoundException> {
            core.subscriptions.update(UpdateSubscriptionParams.builder().subscriptionId("nope").planIdentifier("p").chargePeriod(ChargePeriod.DAILY).build())
        }
        raw.post("/api/v1/subscriptions/$id/update/", """{"planIdentifier":"p","chargePeriod":"MONTHLY","trialEnd":"tomorrow"}""")
            .json().keys shouldBe setOf("trialEnd")
    }

    "IMMEDIATE cancels now: status canceled and canceledAt set; a second cancel is refused" {
        server.addCustomer("c1")
        val id = create().id
        core.subscriptions.cancel(
            cancel(id, CancellationType.IMMEDIATE).cancellationFeedback(CancellationFeedback.TOO_EXPENSIVE).cancellationComment("pricey").build(),
        ).message shouldBe "Subscription cancelled"
        val after = core.subscriptions.retrieve(id)
        after.status shouldBe "canceled"
        after.canceledAt shouldNotBe null
        after.cancellationFeedback shouldBe "TOO_EXPENSIVE"
        after.cancellationComment shouldBe "pricey"
        server.subscriptionStatus(id) shouldBe "canceled"
        shouldThrow<BadRequestException> { core.subscriptions.cancel(cancel(id, CancellationType.IMMEDIATE).build()) }
        shouldThrow<BadRequestException> {
            core.subscriptions.update(UpdateSubscriptionParams.builder().subscriptionId(id).planIdentifier("p").chargePeriod(ChargePeriod.DAILY).build())
        }
    }

    "CURRENT_PERIOD_ENDS and SPECIFIC_DATE keep the subscription active with an end date" {
        server.addCustomer("c1")
        val atPeriodEnd = create().id
        core.subscriptions.cancel(cancel(atPeriodEnd, CancellationType.CURRENT_PERIOD_ENDS).build())
        val first = core.subscriptions.retrieve(atPeriodEnd)
        first.status shouldBe "active"
        first.canceledAt shouldBe null
        first.endDate shouldBe first.billingPeriodEndTime!!.atOffset(ZoneOffset.UTC).toLocalDate()
        val onDate = create().id
        val date = LocalDate.now(ZoneOffset.UTC).plusDays(30)
        core.subscriptions.cancel(cancel(onDate, CancellationType.SPECIFIC_DATE).cancellationDate(date).build())
        core.subscriptions.retrieve(onDate).let {
            it.status shouldBe "active"
            it.endDate shouldBe date
        }
    }

    "cancellationDate is required exactly for SPECIFIC_DATE" {
        server.addCustomer("c1")
        val id = create().id
        raw.post("/api/v1/subscriptions/$id/cancel/", """{"cancellationType":"SPECIFIC_DATE"}""").let {
            it.status shouldBe 400
            it.json().keys shouldBe setOf("cancellationDate")
        }
        raw.post("/api/v1/subscriptions/$id/cancel/", """{"cancellationType":"IMMEDIATE","cancellationDate":"2099-01-01"}""").let {
            it.status shouldBe 400
            it.json().keys shouldBe setOf("cancellationDate")
        }
        raw.post("/api/v1/subscriptions/$id/cancel/", """{"cancellationType":"IMMEDIATE","cancellationFeedback":"MEH"}""").status shouldBe 400
        server.subscriptionStatus(id) shouldBe "active"
        raw.post("/api/v1/subscriptions/missing/cancel/", """{"cancellationType":"IMMEDIATE"}""").status shouldBe 404
    }
})
