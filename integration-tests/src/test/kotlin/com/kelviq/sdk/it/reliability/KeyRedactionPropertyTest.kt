package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.errors.KelviqException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.it.connections.RawResponseServer
import com.kelviq.sdk.it.connections.RawResponseServer.Companion.send
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
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

    test("a key echoed where the answer breaks HTTP (status line, header line): not in the engine's exception or the retry's log line") {
        val key = "sk_live_echoed_in_a_broken_answer_0123"
        val broken = listOf(
            "HTTP/1.1 2xx $key\r\nContent-Length: 0\r\n\r\n", // a status line that is not one
            "HTTP/1.1 200 OK\r\n$key\r\nContent-Length: 0\r\n\r\n", // a header line without a colon
            "HTTP/1.1 200 OK\r\nContent-Length: $key\r\n\r\n", // a length that is not one
            "$key\r\n\r\n", // no status line at all
        )
        for (answer in broken) {
            RawResponseServer { _, out -> out.send(answer); RawResponseServer.Then.CLOSE }.use { server ->
                val config = KelviqConfig.builder().apiKey(key).baseUrl(server.baseUrl).edgeUrl(server.baseUrl + "/edge").maxRetries(1).build()
                LogCapture().use { capture ->
                    Rigs.fastCore(config).use { core ->
                        val e = shouldThrow<KelviqException> { core.customers.retrieve("c1") }
                        withClue("answer ${answer.take(30).replace(key, "<key>")}: $e") {
                            everyText(e) shouldNotContain key
                            // A failed exchange is retried (a GET): its debug lines quote the engine's message.
                            val retried = e is KelviqIoException
                            if (retried) server.requests.size shouldBe 2
                            // The SDK's loggers; Ktor's own TRACE line ("Processing exception ...") quotes the engine's
                            // exception as it is, out of the SDK's reach.
                            val sdk = capture.events.filter { it.loggerName.startsWith("com.kelviq") }
                            if (retried) sdk.any { it.formattedMessage.contains("retrying after") } shouldBe true
                            for (event in sdk) for (text in capture.texts(event)) text shouldNotContain key
                        }
                    }
                }
            }
        }
    }
})
