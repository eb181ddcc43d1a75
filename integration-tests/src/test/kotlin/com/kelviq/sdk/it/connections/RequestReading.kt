package com.kelviq.sdk.it.connections

import java.io.ByteArrayOutputStream
import java.io.InputStream
import java.net.SocketException

/** How the raw-socket test servers ([ScriptedHttpServer], [RawResponseServer]) read one HTTP/1.1 request. */
internal object RequestReading {
    /** A request's first line without its version (`GET /path`), and its `Content-Length` (0 without one). */
    class Head(val requestLine: String, val contentLength: Int)

    /** The next request's head, or `null` when the client closed (or reset) the connection first. */
    fun readHead(input: InputStream): Head? {
        val lines = ArrayList<String>()
        val line = ByteArrayOutputStream()
        while (true) {
            val b = try {
                input.read()
            } catch (e: SocketException) {
                return null
            }
            if (b < 0) return null
            if (b == '\n'.code) {
                val text = line.toString(Charsets.US_ASCII).trimEnd('\r')
                line.reset()
                if (text.isEmpty()) break
                lines += text
            } else {
                line.write(b)
            }
        }
        val length = lines.drop(1).firstOrNull { it.startsWith("content-length:", ignoreCase = true) }
            ?.substringAfter(':')?.trim()?.toInt() ?: 0
        return Head(lines.first().substringBeforeLast(" HTTP/"), length)
    }

    /** [n] bytes of the body (fewer when the client closes first). */
    fun readN(input: InputStream, n: Int): ByteArray {
        val out = ByteArray(n)
        var read = 0
        while (read < n) {
            val k = input.read(out, read, n - read)
            if (k < 0) break
            read += k
        }
        return out
    }
}
