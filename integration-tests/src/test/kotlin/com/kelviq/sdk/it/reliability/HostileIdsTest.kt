package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.subscriptions
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.KelviqServiceException
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.model.CancelSubscriptionParams
import com.kelviq.sdk.model.CancellationType
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.model.UpdateSubscriptionParams
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import java.net.URLDecoder

/**
 * Every operation with a path parameter, over real HTTP: a hostile id reaches the server as exactly one
 * percent-encoded path segment (no `..` step, no extra segment, no query or fragment), and an id with
 * a control character is refused before anything is sent.
 */
class HostileIdsTest : FunSpec({
    val server = KelviqTestServer.start()
    afterSpec { server.close() }
    beforeTest { server.reset() }

    /** An operation with a path id: [prefix] and [suffix] are the fixed segments around the id. */
    class PathOp(val name: String, val prefix: List<String>, val suffix: List<String>, val call: suspend KelviqCore.(String) -> Any?) {
        override fun toString() = name
    }

    val ops = listOf(
        PathOp("customers.retrieve", listOf("customers"), emptyList()) { customers.retrieve(it) },
        PathOp("customers.update", listOf("customers"), emptyList()) { customers.update(UpdateCustomerParams.builder().customerId(it).name("N").build()) },
        PathOp("customers.archive", listOf("customers"), emptyList()) { customers.archive(it) },
        PathOp("subscriptions.retrieve", listOf("subscriptions"), emptyList()) { subscriptions.retrieve(it) },
        PathOp("subscriptions.update", listOf("subscriptions"), listOf("update")) {
            subscriptions.update(UpdateSubscriptionParams.builder().subscriptionId(it).planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).build())
        },
        PathOp("subscriptions.cancel", listOf("subscriptions"), listOf("cancel")) {
            subscriptions.cancel(CancelSubscriptionParams.builder().subscriptionId(it).cancellationType(CancellationType.IMMEDIATE).build())
        },
    )

    /** Hostile ids and the only segment each may become. */
    val hostile = listOf(
        "../x" to "..%2Fx",
        "a/b" to "a%2Fb",
        "a?b" to "a%3Fb",
        "a#b" to "a%23b",
        "100%" to "100%25",
        "a b" to "a%20b",
        "ünï" to "%C3%BCn%C3%AF",
        "..." to "%2E%2E%2E",
        ".x" to ".x",
        "%2F" to "%252F",
        "../../admin" to "..%2F..%2Fadmin",
        "a\\b" to "a%5Cb",
        "a;b=c&d+e" to "a%3Bb%3Dc%26d%2Be",
        "\u202Egnp.exe" to "%E2%80%AEgnp.exe",
        "😀" to "%F0%9F%98%80",
    )

    data class Case(val op: PathOp, val id: String, val segment: String) {
        override fun toString() = "$op '${id.replace("\u202E", "<RLO>")}'"
    }

    context("a hostile id reaches the server as one encoded segment") {
        withData(nameFn = { it.toString() }, ops.flatMap { op -> hostile.map { (id, seg) -> Case(op, id, seg) } }) { c ->
            // Customers exist under the hostile id, so the fake resolves it back: the round trip is exact.
            server.addCustomer(c.id)
            var answered = false
            KelviqCore.create(Rigs.onTestEngine(server.config())).use { core ->
                try {
                    c.op.call(core, c.id)
                    answered = true
                } catch (e: KelviqServiceException) {
                    withClue("only subscriptions (unknown ids there) may fail, and only with 404") {
                        c.op.prefix shouldBe listOf("subscriptions")
                        e.statusCode shouldBe 404
                    }
                }
            }
            val request = server.requests().single()
            withClue("query") { request.query shouldBe null }
            val expected = "/api/v1/" + (c.op.prefix + c.segment + c.op.suffix).joinToString("") { "$it/" }
            withClue("raw path") { request.path shouldBe expected }
            val segments = request.path.removePrefix("/api/v1/").removeSuffix("/").split('/')
            segments.size shouldBe c.op.prefix.size + 1 + c.op.suffix.size
            URLDecoder.decode(segments[c.op.prefix.size].replace("+", "%2B"), Charsets.UTF_8) shouldBe c.id
            if (c.op.prefix == listOf("customers")) withClue("the fake found the customer under the decoded id") { answered shouldBe true }
        }
    }

    context("'.' and '..', an unpaired surrogate and an id over 2 KiB of UTF-8 are refused before sending, naming the field") {
        val bad = listOf(".", "..", "x\uD800", "\uDC00x", "x\uD83D", "a".repeat(2049), "ü".repeat(1025))
        withData(nameFn = { it.toString() }, ops) { op ->
            KelviqCore.create(Rigs.onTestEngine(server.config())).use { core ->
                for (id in bad) {
                    val e = shouldThrow<KelviqValidationException> { op.call(core, id) }
                    e.field shouldBe (if (op.prefix == listOf("customers")) "customerId" else "subscriptionId")
                    withClue("a long id is not quoted back") { (e.message!!.length < 300) shouldBe true }
                }
                // The bound is inclusive, and a surrogate pair is fine.
                server.addCustomer("a".repeat(2048)).addCustomer("x\uD83D\uDE00")
                if (op.name == "customers.retrieve") {
                    op.call(core, "a".repeat(2048))
                    op.call(core, "x\uD83D\uDE00")
                }
            }
            server.requestCount() shouldBe (if (op.name == "customers.retrieve") 2 else 0)
        }
    }

    context("CR, LF and NUL in an id are refused before sending") {
        val bad = listOf("c1\r", "c1\n", "c1\r\nX-Injected: yes", "c\u00001", "c1\u0085", "\u001b[31m")
        withData(nameFn = { it.toString() }, ops) { op ->
            KelviqCore.create(Rigs.onTestEngine(server.config())).use { core ->
                for (id in bad) {
                    val e = shouldThrow<KelviqValidationException> { op.call(core, id) }
                    e.field shouldBe (if (op.prefix == listOf("customers")) "customerId" else "subscriptionId")
                }
            }
            server.requestCount() shouldBe 0
        }
    }
})
