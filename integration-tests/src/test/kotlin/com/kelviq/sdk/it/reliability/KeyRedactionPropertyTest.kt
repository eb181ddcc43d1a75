package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.errors.KelviqException
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.string.shouldNotContain
import java.io.PrintWriter
import java.io.StringWriter
import java.net.URLEncoder
import kotlin.random.Random

/**
 * Random API keys, echoed by the server raw, JSON-escaped and URL-encoded, in an error body, in a body that does not
 * decode and in a response header: no form of the key is in any message, `toString()`, cause or printed stack trace.
 */
class KeyRedactionPropertyTest : FunSpec({
    val alphabet = ('!'..'~').toList() // printable ASCII: what a key may hold

    fun jsonEscaped(key: String) = key.replace("\\", "\\\\").replace("\"", "\\\"")
    fun forms(key: String) = listOf(key, jsonEscaped(key), URLEncoder.encode(key, Charsets.UTF_8))

    fun everyText(e: Throwable): String = buildString {
        var t: Throwable? = e
        while (t != null) {
            append(t.message).append('\n').append(t.toString()).append('\n')
            t = t.cause
        }
        append(StringWriter().also { e.printStackTrace(PrintWriter(it)) })
    }

    test("200 random keys x 3 echoed forms x 3 places") {
        val random = Random(20261201)
        repeat(200) { round ->
            val key = "sk_" + String(CharArray(8 + random.nextInt(30)) { alphabet[random.nextInt(alphabet.size)] })
            KelviqTestServer.start(key).use { server ->
                Rigs.fastCore(server, maxRetries = 0).use { core ->
                    val form = forms(key)[round % 3]
                    val (status, headers, body) = when ((round / 3) % 3) {
                        0 -> Triple(400, emptyMap(), """{"detail":"invalid key ${jsonEscaped(form)}","error":"${jsonEscaped(form)}"}""")
                        1 -> Triple(200, emptyMap(), "<html>not json: $form</html>")
                        else -> Triple(401, mapOf("X-Echo" to form, "WWW-Authenticate" to "Bearer realm=\"$form\""), """{"detail":"no"}""")
                    }
                    server.failNext(1, status, headers, body)
                    val e = shouldThrow<KelviqException> { core.customers.retrieve("c1") }
                    val text = everyText(e)
                    withClue("round $round, status $status, key form ${round % 3}") {
                        for (f in forms(key)) text shouldNotContain f
                    }
                }
            }
        }
    }
})
