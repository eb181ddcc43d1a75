package com.kelviq.sdk

import com.kelviq.sdk.internal.transport.Host
import com.kelviq.sdk.internal.transport.RetrySafety
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.io.File

/**
 * The operation table's documentation says what its fields do: each constant's KDoc names the method and path the
 * transport sends, the edge host when it is used, and the retry safety the retry loop applies.
 */
class KelviqOperationTableTest : FunSpec({
    val source = File("src/main/kotlin/com/kelviq/sdk/KelviqOperation.kt").readText()
    val docs: Map<String, String> = Regex("""/\*\*((?:(?!\*/).)*)\*/\s*\n\s*([A-Z_]+)\(""", RegexOption.DOT_MATCHES_ALL)
        .findAll(source).associate { it.groupValues[2] to it.groupValues[1].replace(Regex("""\s*\n\s*\*\s?"""), " ") }

    test("every constant has its KDoc, and the table is the enum") {
        docs.keys shouldContainExactlyInAnyOrder KelviqOperation.entries.map { it.name }
    }

    context("an operation that sends a request documents its method, path, host and retry safety") {
        withData(nameFn = { it.id }, KelviqOperation.entries.filter { it.httpMethod != null }) { op ->
            val doc = docs.getValue(op.name)
            val path = op.pathTemplate!!
            doc shouldContain "${op.httpMethod} $path"
            path.startsWith("/") shouldBe true
            path.endsWith("/") shouldBe true
            if (op.host == Host.EDGE) doc shouldContain "edge host" else doc shouldNotContain "edge host"
            when (op.retrySafety!!) {
                RetrySafety.NON_IDEMPOTENT -> doc.lowercase() shouldContain "non-idempotent"
                RetrySafety.IDEMPOTENT -> {
                    doc.lowercase() shouldContain "idempotent"
                    doc.lowercase() shouldNotContain "non-idempotent"
                }
            }
            if (op.outsidePublishedSpec) doc shouldContain "Not in Kelviq's published OpenAPI"
        }
    }

    context("an operation answered without a request of its own names no method and no path") {
        withData(nameFn = { it.id }, KelviqOperation.entries.filter { it.httpMethod == null }) { op ->
            op.pathTemplate shouldBe null
            op.retrySafety shouldBe null
        }
    }

    test("a template's placeholders take the path arguments in order, and a wrong count is refused") {
        KelviqOperation.CHECKOUT_LIST_SESSION_EVENTS.pathOf(listOf("cs_1")) shouldBe listOf("checkout", "sessions", "cs_1", "events")
        KelviqOperation.CUSTOMERS_LIST.pathOf(emptyList()) shouldBe listOf("customers")
        io.kotest.assertions.throwables.shouldThrow<IllegalArgumentException> { KelviqOperation.REFUNDS_RETRIEVE.pathOf(emptyList()) }
    }
})
