package com.kelviq.sdk.internal.json

import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.KelviqDecodingException
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixture
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.checkout
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.entitlements
import com.kelviq.sdk.testing.reporting
import com.kelviq.sdk.testing.respondJson
import com.kelviq.sdk.testing.subscriptions
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.checkAll
import kotlin.random.Random
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Every response decoder, fed through the transport (so the wrapping is what users see) with random
 * text, random JSON trees, JSON made of the models' own keys, and mutations of the documented examples:
 * the only outcomes are a decoded model or a [KelviqDecodingException]. Anything else (an
 * `IllegalArgumentException`, a `NullPointerException`, a `StackOverflowError`, ...) fails the property.
 */
class DecodingPropertyTest : FunSpec({
    val f = WireFixtures

    /** One decoder reached through its operation: [example] is the documented response. */
    class Decoded(val name: String, val status: Int, val example: String, val call: suspend KelviqCore.() -> Any?) {
        override fun toString() = name
    }

    fun <I> of(fx: WireFixture<I>, example: String = fx.response, call: suspend KelviqCore.(I) -> Any?) =
        Decoded(fx.name, if (fx.status == 204) 200 else fx.status, example) { call(fx.input) }

    val decoders = listOf(
        of(f.createCustomer) { customers.create(it) },
        of(f.retrieveCustomer) { customers.retrieve(it) },
        of(f.updateCustomer) { customers.update(it) },
        of(f.listCustomers) { customers.list(it) },
        of(f.archiveCustomer, example = """{"message":"Customer archived"}""") { customers.archive(it) },
        of(f.createCheckoutSession) { checkout.createSession(it) },
        of(f.hasAccess) { entitlements.hasAccess(it.first, it.second) },
        of(f.getEntitlement) { entitlements.getEntitlement(it.first, it.second) },
        of(f.getAllEntitlements) { entitlements.getAllEntitlements(it).also { e -> e.byFeature() } },
        of(f.reportUsage) { reporting.reportUsage(it) },
        of(f.reportEvent) { reporting.reportEvent(it) },
        of(f.updateSubscription) { subscriptions.update(it) },
        of(f.cancelSubscription) { subscriptions.cancel(it) },
        of(f.listSubscriptions) { subscriptions.list(it) },
        of(f.retrieveSubscription) { subscriptions.retrieve(it) },
        of(f.createSubscription) { subscriptions.create(it) },
    )

    test("every operation's decoder is covered") {
        decoders.map { it.name }.toSet() shouldBe f.all().map { it.name }.toSet()
    }

    /** Runs [d] against [body]: returns normally or throws [KelviqDecodingException]; anything else escapes and fails. */
    suspend fun MockKelviq.decodeOrFail(d: Decoded, body: String): Boolean {
        answer(body, d.status)
        return try {
            d.call(core)
            true
        } catch (e: KelviqDecodingException) {
            withClue("status and body kept") { e.statusCode shouldBe d.status }
            false
        }
    }

    val examples = decoders.map { Json.parseToJsonElement(it.example) }
    val vocabulary: List<String> = examples.flatMap { keysOf(it) }.distinct().flatMap { listOf(it, snake(it)) }.distinct()

    val randomText = arbitrary { rs -> randomText(rs.random) }
    val randomTrees = arbitrary { rs -> randomJson(rs.random, depth = 0, keys = emptyList()).toString() }
    val vocabularyTrees = arbitrary { rs -> randomObject(rs.random, depth = 0, keys = vocabulary).toString() }
    val deepNesting = arbitrary { rs -> deeplyNested(rs.random) }

    context("random text") {
        withData(nameFn = { it.name }, decoders) { d -> MockKelviq().use { m -> checkAll(100, randomText) { m.decodeOrFail(d, it) } } }
    }

    context("random JSON trees") {
        withData(nameFn = { it.name }, decoders) { d -> MockKelviq().use { m -> checkAll(100, randomTrees) { m.decodeOrFail(d, it) } } }
    }

    context("random JSON objects made of the models' keys") {
        withData(nameFn = { it.name }, decoders) { d ->
            MockKelviq().use { m -> checkAll(150, vocabularyTrees) { m.decodeOrFail(d, it) } }
        }
    }

    context("mutations of the documented example") {
        withData(nameFn = { it.name }, decoders) { d ->
            val example = Json.parseToJsonElement(d.example)
            val mutations = arbitrary { rs -> mutate(example, rs.random, vocabulary) }
            MockKelviq().use { m ->
                m.decodeOrFail(d, d.example) shouldBe true // the unmutated example decodes
                var decoded = 0
                checkAll(250, mutations) { if (m.decodeOrFail(d, it)) decoded++ }
                withClue("some mutations still decode (the property is not vacuous)") { (decoded > 0) shouldBe true }
            }
        }
    }

    context("deeply nested JSON") {
        withData(nameFn = { it.name }, decoders) { d -> MockKelviq().use { m -> checkAll(4, deepNesting) { m.decodeOrFail(d, it) } } }
    }
}) {
    companion object {
        private val SCALARS = listOf(
            "", "0", "-1", "1.5", "1e999", "-1e-999", "9223372036854775808", "-9223372036854775809", "true", "false", "null",
            "\"\"", "\"x\"", "NaN", "Infinity", "2025-06-04T06:03:30.195790Z", "2025-05-22 08:27:45", "2026-02-07",
            "\"\\u0000\"", "\"\\ud800\"", "\"ü\"",
        )

        fun keysOf(e: JsonElement): List<String> = when (e) {
            is JsonObject -> e.keys.toList() + e.values.flatMap { keysOf(it) }
            is JsonArray -> e.flatMap { keysOf(it) }
            else -> emptyList()
        }

        fun snake(key: String): String = key.replace(Regex("([a-z0-9])([A-Z])"), "$1_$2").lowercase()

        fun randomText(r: Random): String {
            val n = r.nextInt(0, 80)
            val sb = StringBuilder()
            repeat(n) {
                sb.append(
                    when (r.nextInt(6)) {
                        0 -> "{}[]\":,".random(r)
                        1 -> SCALARS.random(r)
                        2 -> r.nextInt(0x20, 0x7f).toChar()
                        3 -> r.nextInt(0, 0x20).toChar()
                        4 -> r.nextInt(0x80, 0xffff).toChar()
                        else -> listOf("{\"", "\":", "[", "]", "}", ",", "\"customerId\"", "\"entitlements\":[").random(r)
                    },
                )
            }
            return sb.toString()
        }

        fun randomPrimitive(r: Random): JsonElement = when (r.nextInt(9)) {
            0 -> JsonNull
            1 -> JsonPrimitive(r.nextBoolean())
            2 -> JsonPrimitive(r.nextLong())
            3 -> JsonPrimitive(r.nextInt(-3, 1000))
            4 -> JsonPrimitive(r.nextDouble() * 1e6 - 5e5)
            5 -> JsonPrimitive(listOf("", "x", "METER", "BOOLEAN", "active", "SET", "DELTA", "2025-05-22 08:27:45", "2026-02-07").random(r))
            6 -> JsonPrimitive(listOf("2025-06-04T06:03:30.195790Z", "yesterday", "99999-99-99", "1.5", "-0", "ü\u0000").random(r))
            7 -> Json.parseToJsonElement(listOf("1e999", "-1e-999", "12345678901234567890123", "0.1e-7").random(r))
            else -> JsonPrimitive(randomText(r).take(12))
        }

        fun randomJson(r: Random, depth: Int, keys: List<String>): JsonElement = when {
            depth > 4 || r.nextInt(3) == 0 -> randomPrimitive(r)
            r.nextBoolean() -> randomObject(r, depth, keys)
            else -> JsonArray(List(r.nextInt(0, 4)) { randomJson(r, depth + 1, keys) })
        }

        fun randomObject(r: Random, depth: Int, keys: List<String>): JsonObject {
            val n = r.nextInt(0, if (keys.isEmpty()) 5 else 12)
            val map = LinkedHashMap<String, JsonElement>()
            repeat(n) {
                val key = if (keys.isNotEmpty() && r.nextInt(5) > 0) keys.random(r) else randomText(r).take(8)
                map[key] = randomJson(r, depth + 1, keys)
            }
            return JsonObject(map)
        }

        /** A value of another JSON type than [e]. */
        fun swapType(e: JsonElement, r: Random): JsonElement = when (e) {
            is JsonObject -> listOf(JsonArray(listOf(e)), JsonPrimitive("x"), JsonPrimitive(1)).random(r)
            is JsonArray -> listOf(JsonObject(emptyMap()), JsonPrimitive(true), JsonPrimitive("[]")).random(r)
            is JsonNull -> listOf(JsonObject(emptyMap()), JsonArray(emptyList()), JsonPrimitive(0)).random(r)
            is JsonPrimitive -> if (e.isString) {
                listOf(JsonPrimitive(7), JsonPrimitive(false), JsonArray(listOf(e)), JsonObject(mapOf("v" to e))).random(r)
            } else {
                listOf(JsonPrimitive(e.content + "x"), JsonArray(emptyList()), JsonObject(emptyMap()), JsonPrimitive(-1)).random(r)
            }
        }

        /** [e] with one to three random mutations, sometimes also truncated as text. */
        fun mutate(e: JsonElement, r: Random, vocabulary: List<String>): String {
            var out = e
            repeat(r.nextInt(1, 4)) { out = mutateOnce(out, r, vocabulary) }
            val text = out.toString()
            return if (r.nextInt(6) == 0 && text.isNotEmpty()) text.substring(0, r.nextInt(text.length)) else text
        }

        private fun mutateOnce(e: JsonElement, r: Random, vocabulary: List<String>): JsonElement {
            if (e is JsonObject && e.isNotEmpty() && r.nextInt(3) > 0) {
                val key = e.keys.random(r)
                val map = LinkedHashMap(e)
                when (r.nextInt(7)) {
                    0 -> map.remove(key) // drop a key
                    1 -> map[key] = JsonNull // insert a null
                    2 -> map[key] = swapType(e.getValue(key), r) // swap a type
                    3 -> map[key] = randomPrimitive(r)
                    4 -> map[snake(key)] = map.remove(key)!! // the snake_case spelling
                    5 -> map[vocabulary.random(r)] = randomJson(r, 2, vocabulary) // an extra (maybe known) key
                    else -> map[key] = mutateOnce(e.getValue(key), r, vocabulary) // go deeper
                }
                return JsonObject(map)
            }
            if (e is JsonArray && e.isNotEmpty() && r.nextInt(3) > 0) {
                val list = e.toMutableList()
                val i = r.nextInt(list.size)
                when (r.nextInt(4)) {
                    0 -> list.removeAt(i)
                    1 -> list[i] = JsonNull
                    2 -> list.add(list[i])
                    else -> list[i] = mutateOnce(list[i], r, vocabulary)
                }
                return JsonArray(list)
            }
            return if (r.nextInt(4) == 0) randomPrimitive(r) else swapType(e, r)
        }

        /** A document nested thousands of levels deep, somewhere a model keeps raw JSON or expects a value. */
        fun deeplyNested(r: Random): String {
            val depth = r.nextInt(1_000, 20_000)
            val open = if (r.nextBoolean()) "[" else "{\"a\":"
            val close = if (open == "[") "]" else "}"
            val deep = open.repeat(depth) + "1" + close.repeat(depth)
            return when (r.nextInt(5)) {
                0 -> deep
                1 -> """{"customerId":"c1","details":$deep,"metadata":{"k":$deep},"entitlements":[]}"""
                2 -> """{"customerId":"c1","eventName":"e","properties":{"p":$deep}}"""
                3 -> """{"id":"s1","customerId":"c1","features":$deep,"plan":$deep}"""
                else -> """{"count":1,"results":[$deep],"entitlements":[{"featureId":$deep}]}"""
            }
        }
    }
}
