package com.kelviq.sdk.it.connections

import java.io.BufferedInputStream
import java.net.InetAddress
import java.net.ServerSocket
import java.net.Socket
import java.net.SocketException
import java.util.Collections
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.atomic.AtomicInteger
import kotlin.concurrent.thread

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for what the testkit cannot do to a connection: close it while idle
 * (FIN or RST), drop a request before or after reading it, die in the middle of a response body, or never
 * answer. Each request is answered by [behaviour], chosen per request; it records what it read.
 */
internal class ScriptedHttpServer : AutoCloseable {
    /** What to do with one request. */
    enum class Act {
        /** Read it, answer 200 `{"ok":true}`-like JSON, keep the connection. */
        ANSWER,

        /** Read it, answer, then close the connection with a FIN 100 ms later (an idle timeout). */
        ANSWER_THEN_FIN,

        /** Read it, answer, then reset the connection (RST) 100 ms later. */
        ANSWER_THEN_RST,

        /** Read it, then close without answering (the request may have been processed). */
        DROP_AFTER_READ,

        /** Read only the headers, then close: the body is never read. */
        DROP_BEFORE_BODY,

        /** Read it, send the headers and part of the body, then close. */
        DIE_MID_BODY,

        /** Read it and never answer (until the server closes). */
        HANG,

        /** Read it, never answer, and note when the client closes the connection ([closesSeen]). */
        HOLD,
    }

    private val socket = ServerSocket(0, 64, InetAddress.getLoopbackAddress())
    private val open = Collections.synchronizedSet(HashSet<Socket>())
    private val script = ConcurrentLinkedQueue<Act>()
    private val connections = AtomicInteger()

    /** Each request read, as `METHOD /path body`. */
    val requests: MutableList<String> = Collections.synchronizedList(ArrayList())

    /** The body answered by [Act.ANSWER]. */
    @Volatile
    var answerBody: String = "{}"

    val port: Int get() = socket.localPort
    val baseUrl: String get() = "http://127.0.0.1:$port"

    /** When ([System.nanoTime]) each connection held by [Act.HOLD] was closed by the client. */
    val closesSeen: MutableList<Long> = Collections.synchronizedList(ArrayList())

    /** TCP connections accepted so far. */
    val connectionCount: Int get() = connections.get()

    init {
        thread(isDaemon = true, name = "scripted-http-accept") {
            while (!socket.isClosed) {
                val client = try {
                    socket.accept()
                } catch (e: SocketException) {
                    break
                }
                connections.incrementAndGet()
                open += client
                thread(isDaemon = true, name = "scripted-http-conn") { serve(client) }
            }
        }
    }

    /** The next requests get [acts] in order; once used up, requests are answered ([Act.ANSWER]). */
    fun then(vararg acts: Act): ScriptedHttpServer = apply { script.addAll(acts) }

    private fun serve(client: Socket) {
        client.use { s ->
            val input = BufferedInputStream(s.getInputStream())
            while (true) {
                val head = RequestReading.readHead(input) ?: return
                val act = script.poll() ?: Act.ANSWER
                if (act == Act.DROP_BEFORE_BODY) {
                    requests += "${head.requestLine} (body unread)"
                    return
                }
                val body = String(RequestReading.readN(input, head.contentLength), Charsets.UTF_8)
                requests += "${head.requestLine} $body".trim()
                val out = s.getOutputStream()
                val json = answerBody.toByteArray(Charsets.UTF_8)
                val headers = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${json.size}\r\n\r\n"
                when (act) {
                    Act.ANSWER, Act.ANSWER_THEN_FIN, Act.ANSWER_THEN_RST -> {
                        out.write(headers.toByteArray(Charsets.US_ASCII) + json)
                        out.flush()
                        if (act == Act.ANSWER_THEN_FIN) return closeLater(s, rst = false)
                        if (act == Act.ANSWER_THEN_RST) return closeLater(s, rst = true)
                    }
                    Act.DROP_AFTER_READ -> return
                    Act.DIE_MID_BODY -> {
                        out.write(headers.toByteArray(Charsets.US_ASCII) + json.copyOf(json.size / 2))
                        out.flush()
                        return
                    }
                    Act.HANG -> {
                        while (!socket.isClosed) Thread.sleep(50)
                        return
                    }
                    Act.HOLD -> {
                        val seen = try {
                            input.read() < 0
                        } catch (e: SocketException) {
                            true // reset by the client
                        }
                        if (seen && !socket.isClosed) closesSeen += System.nanoTime()
                        return
                    }
                    Act.DROP_BEFORE_BODY -> return
                }
            }
        }
    }

    private fun closeLater(s: Socket, rst: Boolean) {
        Thread.sleep(100)
        if (rst) s.setSoLinger(true, 0)
        s.close()
    }

    override fun close() {
        socket.close()
        synchronized(open) { open.forEach { runCatching { it.close() } } }
    }
}
