package com.kelviq.sdk.it.reliability

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.model.Customer
import com.sun.net.httpserver.HttpServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.types.shouldBeInstanceOf
import java.io.IOException
import java.net.InetAddress
import java.net.InetSocketAddress
import java.util.concurrent.atomic.AtomicInteger

/**
 * Responses larger than 16 MiB are refused with [KelviqIoException] (not read into memory, not retried),
 * whether they announce their size (`Content-Length`) or stream it chunked without one.
 */
class ResponseCapTest : FunSpec({
    val cap = 16L * 1024 * 1024
    val served = AtomicInteger()

    /** Answers `GET .../customers/{id}/` with a JSON customer whose name pads the body to [size] bytes. */
    fun serve(http: HttpServer, size: Long, chunked: Boolean) {
        http.createContext("/") { ex ->
            served.incrementAndGet()
            ex.requestBody.readAllBytes()
            val head = """{"id":"u1","customerId":"c1","name":"""".toByteArray()
            val tail = "\"}".toByteArray()
            ex.responseHeaders.set("Content-Type", "application/json")
            try {
                ex.sendResponseHeaders(200, if (chunked) 0 else size)
                ex.responseBody.use { out ->
                    out.write(head)
                    val chunk = ByteArray(64 * 1024) { 'a'.code.toByte() }
                    var left = size - head.size - tail.size
                    while (left > 0) {
                        val n = minOf(left, chunk.size.toLong()).toInt()
                        out.write(chunk, 0, n)
                        left -= n
                    }
                    out.write(tail)
                }
            } catch (e: IOException) {
                // the client stopped reading: expected once the cap is reached
            } finally {
                ex.close()
            }
        }
    }

    suspend fun retrieveFrom(size: Long, chunked: Boolean): Any {
        val http = HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8)
        serve(http, size, chunked)
        http.start()
        try {
            val config = KelviqConfig.builder().apiKey("sk_cap_test_key").baseUrl("http://127.0.0.1:${http.address.port}").edgeUrl("http://127.0.0.1:${http.address.port}/edge").maxRetries(2).build()
            return KelviqCore.create(Rigs.onTestEngine(config)).use { core ->
                try {
                    core.customers.retrieve("c1")
                } catch (e: Exception) {
                    e
                }
            }
        } finally {
            http.stop(0)
        }
    }

    beforeTest { served.set(0) }

    test("17 MiB streamed chunked, without Content-Length: KelviqIoException, one attempt") {
        val e = retrieveFrom(17L * 1024 * 1024, chunked = true)
        e.shouldBeInstanceOf<KelviqIoException>()
        e.message!! shouldContain "cap"
        e.attempts shouldBe 1
        served.get() shouldBe 1
    }

    test("17 MiB announced by Content-Length: refused before reading the body") {
        val e = retrieveFrom(17L * 1024 * 1024, chunked = false)
        e.shouldBeInstanceOf<KelviqIoException>()
        e.message!! shouldContain "Content-Length ${17L * 1024 * 1024}"
        served.get() shouldBe 1
    }

    test("one byte over the cap, chunked, is refused; exactly the cap is read and decoded") {
        retrieveFrom(cap + 1, chunked = true).shouldBeInstanceOf<KelviqIoException>()
        val ok = retrieveFrom(cap, chunked = true)
        ok.shouldBeInstanceOf<Customer>()
        ok.name!!.length.toLong() shouldBe cap - """{"id":"u1","customerId":"c1","name":""}""".length
    }
})
