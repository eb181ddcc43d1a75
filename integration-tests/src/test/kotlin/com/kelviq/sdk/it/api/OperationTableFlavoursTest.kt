package com.kelviq.sdk.it.api

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.blocking.KelviqAsyncClient
import com.kelviq.sdk.blocking.KelviqBlockingClient
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.reactor.ReactorKelviqClient
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import java.lang.reflect.Modifier

/**
 * Every flavour offers exactly the operation table: each area accessor of each client has one method (with its
 * overloads) per [KelviqOperation] of that area, and no public method that is not in the table.
 */
class OperationTableFlavoursTest : FunSpec({
    val byArea: Map<String, Set<String>> = KelviqOperation.entries.groupBy({ it.area }, { it.method }).mapValues { it.value.toSet() }

    class Flavour(val name: String, val client: Class<*>, val accessor: (String) -> String)

    val flavours = listOf(
        Flavour("coroutines", KelviqClient::class.java) { area -> "get" + area.replaceFirstChar(Char::uppercaseChar) },
        Flavour("reactor", ReactorKelviqClient::class.java) { it },
        Flavour("java blocking", KelviqBlockingClient::class.java) { it },
        Flavour("java async", KelviqAsyncClient::class.java) { it },
    )

    context("each flavour's areas hold the table's operations, no more and no fewer") {
        withData(nameFn = { it.name }, flavours) { flavour ->
            val offered = byArea.keys.associateWith { area ->
                val areaType = flavour.client.getMethod(flavour.accessor(area)).returnType
                areaType.methods
                    .filter { it.declaringClass == areaType && Modifier.isPublic(it.modifiers) && !it.isSynthetic }
                    .map { it.name }
                    .filterNot { it == "toString" || it.endsWith("\$default") }
                    .toSet()
            }
            offered shouldBe byArea
        }
    }
})
