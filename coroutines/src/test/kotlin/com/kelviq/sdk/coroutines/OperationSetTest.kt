package com.kelviq.sdk.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.lang.reflect.Modifier

/** Every area offers exactly the operations of API.md, plus the cache and reporter controls. */
class OperationSetTest : FunSpec({
    fun operations(area: Class<*>): Set<String> =
        area.declaredMethods.filter { Modifier.isPublic(it.modifiers) && !it.isSynthetic }.map { it.name }.toSortedSet()

    test("the operations of each area") {
        operations(CustomersApi::class.java) shouldBe setOf("create", "retrieve", "update", "list", "listAll", "archive")
        operations(CheckoutApi::class.java) shouldBe setOf("createSession")
        operations(EntitlementsApi::class.java) shouldBe
            setOf("hasAccess", "getEntitlement", "getAllEntitlements", "invalidate", "invalidateAll")
        operations(ReportingApi::class.java) shouldBe
            setOf("reportUsage", "reportEvent", "enqueueUsage", "enqueueEvent", "flush", "stats")
        operations(SubscriptionsApi::class.java) shouldBe setOf("update", "cancel", "list", "listAll", "retrieve", "create")
    }
})
