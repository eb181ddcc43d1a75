package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.lang.reflect.Modifier

/** Every compiled area offers exactly the operations [KelviqOperation] lists for it (overloads aside). */
class OperationSetTest : FunSpec({
    fun operations(area: Class<*>): Set<String> =
        area.declaredMethods.filter { Modifier.isPublic(it.modifiers) && !it.isSynthetic }.map { it.name }.toSortedSet()

    fun listed(area: String): Set<String> = KelviqOperation.entries.filter { it.area == area }.map { it.method }.toSortedSet()

    test("the operations of each area") {
        operations(CustomersApi::class.java) shouldBe listed("customers")
        operations(CheckoutApi::class.java) shouldBe listed("checkout")
        operations(EntitlementsApi::class.java) shouldBe listed("entitlements")
        operations(ReportingApi::class.java) shouldBe listed("reporting")
        operations(SubscriptionsApi::class.java) shouldBe listed("subscriptions")
    }
})
