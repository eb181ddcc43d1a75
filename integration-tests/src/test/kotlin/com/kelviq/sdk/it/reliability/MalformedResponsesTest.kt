package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.HttpEngine
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.KelviqDecodingException
import com.kelviq.sdk.errors.KelviqException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.it.connections.RawResponseServer
import com.kelviq.sdk.it.connections.RawResponseServer.Companion.send
import com.kelviq.sdk.it.connections.RawResponseServer.Then
import com.kelviq.sdk.model.Customer
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.reporting
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.types.shouldBeInstanceOf
import java.io.OutputStream
import java.time.Duration

/**
 * Responses that break HTTP/1.1 framing, from a raw-socket server on 127.0.0.1, on the engine under test
 * ([Rigs.ENGINE]): each is a failed exchange (retried only when the operation allows it, a `DELTA` report
 * never), never a success and never a wrong answer for a later request on the same connection.
 *
 * Where Ktor's CIO engine (3.3) cannot do better, the expectation says so: it takes a chunked body that ends
 * between chunks for a whole one (its decoder ends at end of stream), returns an interim `1xx` answer as the
 * answer (the SDK then fails the exchange), and bounds neither a header section nor a header line (the SDK
 * stops waiting at the attempt's timeout).
 */
class MalformedResponsesTest : FunSpec({
    val customer = """{"id":"u1","customerId":"c1","name":"Ann"}"""
    val usage = """{"value":5,"customerId":"${Rigs.CUSTOMER}","featureId":"${Rigs.METER}"}"""
    val cio = Rigs.ENGINE == HttpEngine.CIO

    fun KelviqException.shouldBeOneOf(vararg types: kotlin.reflect.KClass<out KelviqException>) {
        withClue("$this") { types.any { it.isInstance(this) } shouldBe true }
    }

    fun head(vararg lines: String): String = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + lines.joinToString("") { "$it\r\n" } + "\r\n"

    fun whole(body: String = customer): String = head("Content-Length: ${body.length}") + body

    fun core(server: RawResponseServer, maxRetries: Int = 0, timeout: Duration = Duration.ofSeconds(5)): KelviqCore =
        Rigs.fastCore(
            KelviqConfig.builder().apiKey("sk_malformed_test_key").baseUrl(server.baseUrl).edgeUrl(server.baseUrl + "/edge")
                .maxRetries(maxRetries).timeout(timeout).build(),
        )

    /** The outcome of one `customers.retrieve` through a fresh core: the customer, or the exception. */
    suspend fun retrieve(server: RawResponseServer, maxRetries: Int = 0, timeout: Duration = Duration.ofSeconds(5)): Any =
        core(server, maxRetries, timeout).use { core ->
            try {
                core.customers.retrieve("c1")
            } catch (e: Exception) {
                e
            }
        }

    /** [retrieve] with no retry and [timeout], which must end within that timeout + 400 ms (2 shared cores in CI). */
    suspend fun retrieveWithin(server: RawResponseServer, timeout: Duration): Any {
        val started = System.nanoTime()
        val outcome = retrieve(server, timeout = timeout)
        withClue("$outcome") { (System.nanoTime() - started) / 1_000_000 shouldBeLessThan timeout.toMillis() + 400 }
        return outcome
    }

    fun answering(answer: (Int, OutputStream) -> Then): RawResponseServer = RawResponseServer(answer)

    test("a body shorter than its Content-Length, then closed: KelviqIoException; a GET is tried again, a DELTA report is not") {
        answering { _, out -> out.send(head("Content-Length: 100") + customer); Then.CLOSE }.use { server ->
            val e = retrieve(server, maxRetries = 1).shouldBeInstanceOf<KelviqIoException>()
            e.message!! shouldContain "100"
            e.attempts shouldBe 2
            server.requests.size shouldBe 2
        }
        answering { _, out -> out.send(head("Content-Length: 100") + usage); Then.CLOSE }.use { server ->
            core(server, maxRetries = 3).use { core ->
                val e = runCatching { core.reporting.reportUsage(Rigs.delta()) }.exceptionOrNull().shouldBeInstanceOf<KelviqIoException>()
                e.possiblyProcessed shouldBe true
            }
            server.requests.size shouldBe 1
        }
    }

    test("a body shorter than its Content-Length on a connection left open: a timeout at the attempt's timeout") {
        answering { _, out -> out.send(head("Content-Length: 100") + customer); Then.HANG }.use { server ->
            retrieveWithin(server, Duration.ofSeconds(1)).shouldBeInstanceOf<KelviqTimeoutException>()
        }
    }

    test("a chunked body cut off inside a chunk: an error, never a success") {
        answering { _, out ->
            out.send(head("Transfer-Encoding: chunked") + Integer.toHexString(customer.length + 10) + "\r\n" + customer)
            Then.CLOSE
        }.use { server ->
            val e = retrieve(server)
            // CIO's body parser reports the break-off on the body's channel, then closes it normally as well: read
            // after that, the body is a clean, shorter one that fails to decode.
            if (cio) e.shouldBeInstanceOf<KelviqException>().shouldBeOneOf(KelviqIoException::class, KelviqDecodingException::class)
            else e.shouldBeInstanceOf<KelviqIoException>()
        }
    }

    test("a chunked body cut off between chunks, its JSON unfinished: an error, never a success") {
        val half = customer.length / 2
        answering { _, out ->
            out.send(head("Transfer-Encoding: chunked") + Integer.toHexString(half) + "\r\n" + customer.take(half) + "\r\n")
            Then.CLOSE
        }.use { server ->
            val e = retrieve(server)
            // CIO's chunked decoder ends quietly at end of stream: the unfinished JSON is what gives it away.
            if (cio) e.shouldBeInstanceOf<KelviqDecodingException>() else e.shouldBeInstanceOf<KelviqIoException>()
        }
    }

    if (!cio) {
        test("a chunked body without its last chunk is refused even when its JSON is whole (default engine)") {
            answering { _, out ->
                out.send(head("Transfer-Encoding: chunked") + Integer.toHexString(customer.length) + "\r\n" + customer + "\r\n")
                Then.CLOSE
            }.use { server -> retrieve(server).shouldBeInstanceOf<KelviqIoException>() }
        }
    }

    test("conflicting Content-Length values are refused, and the connection with their unread bytes is not used again") {
        for (lengths in listOf(listOf(customer.length, customer.length + 5), listOf(customer.length + 5, customer.length))) {
            answering { index, out ->
                if (index == 1) {
                    out.send(head("Content-Length: ${lengths[0]}", "Content-Length: ${lengths[1]}") + customer + "{}{}{")
                } else {
                    out.send(whole())
                }
                Then.KEEP_OPEN
            }.use { server ->
                core(server).use { core ->
                    val e = runCatching { core.customers.retrieve("c1") }.exceptionOrNull().shouldBeInstanceOf<KelviqIoException>()
                    e.message!! shouldContain "conflicting Content-Length values (${lengths[0]}, ${lengths[1]})"
                    core.customers.retrieve("c1").name shouldBe "Ann"
                }
                server.requests.size shouldBe 2
                server.connectionCount shouldBe 2
            }
        }
    }

    test("Content-Length beside Transfer-Encoding, or not one decimal number, is refused; the same length twice is read") {
        val chunked = Integer.toHexString(customer.length) + "\r\n" + customer + "\r\n0\r\n\r\n"
        val refused = listOf(
            head("Content-Length: 3", "Transfer-Encoding: chunked") + chunked,
            head("Content-Length: abc") + customer,
            head("Content-Length: -1") + customer,
            head("Content-Length: ${customer.length}, ${customer.length}") + customer,
        )
        for (answer in refused) {
            answering { _, out -> out.send(answer); Then.KEEP_OPEN }.use { server ->
                retrieve(server).shouldBeInstanceOf<KelviqIoException>()
                server.requests.size shouldBe 1
            }
        }
        answering { _, out -> out.send(head("Content-Length: ${customer.length}", "Content-Length: ${customer.length}") + customer); Then.KEEP_OPEN }
            .use { server -> retrieve(server).shouldBeInstanceOf<Customer>().name shouldBe "Ann" }
    }

    test("interim 100 Continue and 103 Early Hints answers are never the answer") {
        for (interim in listOf("HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n")) {
            answering { _, out -> out.send(interim + whole()); Then.KEEP_OPEN }.use { server ->
                val outcome = retrieve(server)
                if (cio) {
                    // CIO returns the interim answer as the response and leaves the real one unread.
                    outcome.shouldBeInstanceOf<KelviqIoException>().message!! shouldContain "interim HTTP ${interim.substring(9, 12)} answer"
                } else {
                    outcome.shouldBeInstanceOf<Customer>().name shouldBe "Ann"
                }
            }
            answering { _, out -> out.send(interim + whole(usage)); Then.KEEP_OPEN }.use { server ->
                core(server, maxRetries = 3).use { core ->
                    val outcome = runCatching { core.reporting.reportUsage(Rigs.delta()) }
                    if (cio) outcome.exceptionOrNull().shouldBeInstanceOf<KelviqIoException>().possiblyProcessed shouldBe true
                    else outcome.getOrThrow().value shouldBe 5L
                }
                server.requests.size shouldBe 1
            }
        }
    }

    /** A header section that never ends: [line] written again and again, [pause] ms between writes of [burst] lines. */
    fun endless(line: String, burst: Int, pause: Long): RawResponseServer = answering { _, out ->
        out.send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        val block = line.repeat(burst).toByteArray(Charsets.US_ASCII)
        while (true) {
            out.write(block)
            out.flush()
            if (pause > 0) Thread.sleep(pause)
        }
        @Suppress("UNREACHABLE_CODE")
        Then.CLOSE
    }

    test("endless header lines, as fast as the socket takes them: refused at the engine's header cap (default engine) or the attempt's timeout") {
        endless("X-Pad: " + "a".repeat(100) + "\r\n", burst = 100, pause = 0).use { server ->
            val e = retrieveWithin(server, Duration.ofSeconds(2))
            if (cio) {
                e.shouldBeInstanceOf<KelviqTimeoutException>()
            } else {
                // The JDK caps a header section at jdk.http.maxHeaderSize (384 KiB by default) and reads no further.
                e.shouldBeInstanceOf<KelviqIoException>().message!! shouldContain "Header size too big"
                server.bytesWritten shouldBeLessThan 32L * 1024 * 1024
            }
        }
    }

    test("a header line that never ends fails within the attempt's timeout") {
        // CIO (3.3) grows such a line in memory as fast as it arrives: here it arrives at about 4 MB/s.
        endless("a", burst = 8192, pause = if (cio) 2 else 0).use { server ->
            val e = retrieveWithin(server, Duration.ofSeconds(2))
            if (cio) {
                // CIO checks the line's length only when it has read all it was given: a timeout, or its refusal.
                e.shouldBeInstanceOf<KelviqIoException>()
            } else {
                e.shouldBeInstanceOf<KelviqIoException>().message!! shouldContain "Header size too big"
            }
        }
    }

    test("header lines trickling in forever: a timeout at the attempt's timeout, nothing more read") {
        endless("X-Pad: aaaaaaaaaa\r\n", burst = 1, pause = 5).use { server ->
            retrieveWithin(server, Duration.ofSeconds(1)).shouldBeInstanceOf<KelviqTimeoutException>()
            val written = server.bytesWritten
            Thread.sleep(300)
            // The client closed the connection at its timeout: the server's writes fail from then on.
            server.bytesWritten - written shouldBeLessThan 4_096L
        }
    }
})
