package com.kelviq.sdk.conformance

import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.services
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.swagger.v3.oas.models.media.MediaType
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlin.random.Random

/**
 * Every answer the published OpenAPI allows is read: for each operation the SDK calls, [BODIES_PER_CALL] seeded random
 * bodies from its response schema (each first checked valid against that schema by networknt) and the document's own
 * examples decode through the SDK without error, and every value the SDK types comes out as sent ([TypedValues]).
 */
class ResponseConformanceTest : FunSpec({
    val spec = PublishedSpec.instance
    afterSpec { println(Counts.answers()) }

    test("every operation of the document is either called by the SDK or listed as not offered yet") {
        val called = SdkOperations.calls.map { it.operationId }.toSet()
        val unaccounted = spec.operations.map { it.operationId }.filter { it !in called && it !in SdkOperations.NOT_IN_THE_SDK_YET }
        unaccounted.shouldBeEmpty()
        (called intersect SdkOperations.NOT_IN_THE_SDK_YET).shouldBeEmpty()
        (called + SdkOperations.NOT_IN_THE_SDK_YET).size shouldBe spec.operations.size
    }

    for (call in SdkOperations.calls) {
        test("$call: $BODIES_PER_CALL schema-valid random answers decode, typed as sent") {
            val op = spec.operation(call.operationId)
            val status = call.fixture.status
            val pointer = op.responseSchemaPointer(status) ?: error("$op has no JSON answer for $status")
            val schema = op.operation.responses[status.toString()]!!.content["application/json"]!!.schema
            val samples = SchemaSamples(spec, Random(call.name.hashCode().toLong() * 31 + 7), SdkOperations.NEEDED)
            val failures = ArrayList<String>()
            val typed = TypedValues(call.fixture.body?.let { Json.parseToJsonElement(it) as kotlinx.serialization.json.JsonObject } ?: kotlinx.serialization.json.JsonObject(emptyMap()))
            MockKelviq().use { m ->
                repeat(BODIES_PER_CALL) { i ->
                    val body = generateValid(spec, pointer) { samples.sample(schema) }
                    m.answer(body.toString(), status)
                    val result = runCatching { call.call(m.core.services) }
                    result.exceptionOrNull()?.let { failures += "#$i ${it.javaClass.simpleName}: ${it.message?.take(300)}\n  body: ${body.toString().take(400)}" }
                    if (call.typed) result.getOrNull()?.let { typed.check(body, it) }
                }
            }
            Counts.bodies(call.name, BODIES_PER_CALL, typed.typedDates)
            failures.shouldBeEmpty()
            typed.mismatches.distinct().take(20).shouldBeEmpty()
        }
    }

    test("the document's own examples decode, and those it gets wrong are the known defects") {
        var decoded = 0
        val invalid = ArrayList<String>()
        for (call in SdkOperations.calls) {
            val op = spec.operation(call.operationId)
            val status = call.fixture.status
            val media = op.operation.responses[status.toString()]?.content?.get("application/json") ?: continue
            for ((exampleName, example) in examples(media)) {
                val body = Json.parseToJsonElement(example)
                val errors = spec.validate(op.responseSchemaPointer(status)!!, example)
                if (errors.isNotEmpty()) invalid += "${call.operationId}/$exampleName"
                MockKelviq().use { m ->
                    m.answer(example, status)
                    val result = call.call(m.core.services)
                    if (call.typed) TypedValues().apply { check(body, result) }.mismatches.shouldBeEmpty()
                }
                decoded++
            }
        }
        Counts.examples(decoded)
        invalid.toSet() shouldBe KnownDefects.INVALID_EXAMPLES.keys
    }
}) {
    companion object {
        const val BODIES_PER_CALL = 60

        /** A body from [generate] that the document's schema at [pointer] accepts (the generator is checked, not trusted). */
        fun generateValid(spec: PublishedSpec, pointer: String, generate: () -> JsonElement): JsonElement {
            var lastErrors = emptyList<String>()
            repeat(20) {
                val body = generate()
                lastErrors = spec.validate(pointer, body.toString())
                if (lastErrors.isEmpty()) return body
            }
            error("no schema-valid body for $pointer in 20 tries: $lastErrors")
        }

        /** The examples of [media] by name (`example` for a single one), as JSON text. */
        fun examples(media: MediaType): List<Pair<String, String>> {
            val mapper = io.swagger.v3.core.util.Json.mapper()
            val single = media.example?.let { listOf("example" to mapper.writeValueAsString(it)) }.orEmpty()
            return single + media.examples.orEmpty().map { (name, ex) -> name to mapper.writeValueAsString(ex.value) }
        }
    }
}
