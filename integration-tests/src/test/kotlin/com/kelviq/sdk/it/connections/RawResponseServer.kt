package com.kelviq.sdk.it.connections

import java.io.BufferedInputStream
import java.io.IOException
import java.io.OutputStream
import java.net.InetAddress
import java.net.ServerSocket
import java.net.Socket
import java.util.Collections
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicLong
import kotlin.concurrent.thread

/**
 * An HTTP/1.1 "server" on 127.0.0.1 that answers each request with bytes written by [answer], however malformed:
 * a body shorter than its `Content-Length`, a chunked body without its last chunk, conflicting headers, interim
 * `1xx` answers, a header section that never ends. It reads each request whole first and records it.
 * After [answer] returns the connection is closed, unless [answer] keeps it by returning [Then.KEEP_OPEN]
 * (the next request on it is read and answered the same way) or [Then.HANG] (nothing more is written or read).
 */
internal class RawResponseServer(private val answer: (request: Int, out: OutputStream) -> Then) : AutoCloseable {
    /** What happens to the connection once an answer was written. */
    enum class Then { CLOSE, KEEP_OPEN, HANG }

    private val socket = ServerSocket(0, 64, InetAddress.getLoopbackAddress())
    private val open = Collections.synchronizedSet(HashSet<Socket>())
    private val written = AtomicLong()
    private val connections = AtomicInteger()

    /** Each request read, as `METHOD /path body`. */
    val requests: MutableList<String> = Collections.synchronizedList(ArrayList())

    val baseUrl: String get() = "http://127.0.0.1:${socket.localPort}"

    /** Bytes written to clients so far (what a client had to take in, or refuse). */
    val bytesWritten: Long get() = written.get()

    /** TCP connections accepted so far. */
    val connectionCount: Int get() = connections.get()

    init {
        thread(isDaemon = true, name = "raw-http-accept") {
            while (!socket.isClosed) {
                val client = try {
                    socket.accept()
                } catch (e: IOException) {
                    break
                }
                connections.incrementAndGet()
                open += client
                thread(isDaemon = true, name = "raw-http-conn") { serve(client) }
            }
        }
    }

    private fun serve(client: Socket) {
        try {
            client.use { s ->
                val input = BufferedInputStream(s.getInputStream())
                val out = CountingOutput(s.getOutputStream())
                while (true) {
                    val head = RequestReading.readHead(input) ?: return
                    val body = String(RequestReading.readN(input, head.contentLength), Charsets.UTF_8)
                    val index = synchronized(requests) {
                        requests += "${head.requestLine} $body".trim()
                        requests.size
                    }
                    when (answer(index, out)) {
                        Then.CLOSE -> return
                        Then.KEEP_OPEN -> out.flush()
                        Then.HANG -> {
                            out.flush()
                            while (!socket.isClosed && input.read() >= 0) Unit
                            return
                        }
                    }
                }
            }
        } catch (e: IOException) {
            // the client went away (it refused the answer, or timed out): expected in these tests
        } finally {
            open -= client
        }
    }

    private inner class CountingOutput(private val out: OutputStream) : OutputStream() {
        override fun write(b: Int) {
            out.write(b)
            written.incrementAndGet()
        }

        override fun write(b: ByteArray, off: Int, len: Int) {
            out.write(b, off, len)
            written.addAndGet(len.toLong())
        }

        override fun flush() = out.flush()
    }

    override fun close() {
        socket.close()
        synchronized(open) { open.forEach { runCatching { it.close() } } }
    }

    companion object {
        /** Writes [text] (header lines joined by CRLF by the caller) as US-ASCII and flushes. */
        fun OutputStream.send(text: String) {
            write(text.toByteArray(Charsets.US_ASCII))
            flush()
        }
    }
}
