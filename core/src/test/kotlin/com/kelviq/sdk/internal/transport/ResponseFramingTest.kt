package com.kelviq.sdk.internal.transport

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain

/** Which framing headers let a response body be read (RFC 9112, 6.3), and what a refusal says. */
class ResponseFramingTest : FunSpec({
    fun problem(vararg headers: Pair<String, String>): String? =
        ResponseFraming.problem { name -> headers.filter { it.first.equals(name, ignoreCase = true) }.map { it.second } }

    test("one length, the same length repeated, or no length at all frame a body") {
        problem("Content-Length" to "42") shouldBe null
        problem("Content-Length" to "42", "content-length" to " 42 ") shouldBe null
        problem("Transfer-Encoding" to "chunked") shouldBe null
        problem() shouldBe null
    }

    test("conflicting lengths are refused naming them, at most three") {
        problem("Content-Length" to "42", "Content-Length" to "47") shouldBe "it has conflicting Content-Length values (42, 47)"
        problem(*Array(50) { "Content-Length" to "${it + 1}" }) shouldBe "it has conflicting Content-Length values (1, 2, 3, ...)"
    }

    test("a length that is not one decimal number is refused without quoting it") {
        for (value in listOf("abc", "-1", "42, 42", "", "+42", "4 2", "1234567890123456789", "sk_live_secret_key_echoed")) {
            val problem = problem("Content-Length" to value)!!
            problem shouldBe "its Content-Length is not one decimal number"
            if (value.isNotEmpty()) problem shouldNotContain value
        }
    }

    test("a length beside Transfer-Encoding is refused") {
        problem("Content-Length" to "3", "Transfer-Encoding" to "chunked") shouldBe "it has both Content-Length and Transfer-Encoding"
    }
})
