package com.kelviq.sdk.redis

import java.io.File
import java.net.InetSocketAddress
import java.net.ServerSocket
import java.net.Socket
import java.util.concurrent.TimeUnit

/**
 * A real `redis-server` on a free loopback port, for the fleet tests (no persistence). [stop] and [start] again keep
 * the port, to test Redis going away and coming back. Fails with a clear message when `redis-server` is missing:
 * fleet mode is never tested against a stand-in.
 */
class RedisServerProcess private constructor(val port: Int, private val dataDir: File? = null) : AutoCloseable {
    private var process: Process? = null

    /** `redis://127.0.0.1:{port}`. */
    val uri: String get() = "redis://127.0.0.1:$port"

    fun start(): RedisServerProcess = apply {
        check(process?.isAlive != true) { "redis-server already running on $port" }
        val binary = executable()
        val persistence = if (dataDir == null) {
            listOf("--appendonly", "no")
        } else {
            listOf("--appendonly", "yes", "--appendfsync", "always", "--dir", dataDir.path) // what a durable spool needs
        }
        process = ProcessBuilder(listOf(binary, "--port", port.toString(), "--bind", "127.0.0.1", "--save", "") + persistence +
            listOf("--protected-mode", "no", "--daemonize", "no", "--loglevel", "warning"))
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10)
        while (!answersPing()) {
            if (!process!!.isAlive) error("redis-server exited at start (port $port): exit ${process!!.exitValue()}")
            if (System.nanoTime() > deadline) error("redis-server did not answer PING on port $port within 10 s")
            Thread.sleep(20)
        }
    }

    /** `kill -9`: no shutdown, nothing saved beyond what is already on disk. */
    fun kill() {
        process?.destroyForcibly()?.waitFor(5, TimeUnit.SECONDS)
        process = null
    }

    /** `kill -STOP`: the process keeps its sockets but answers nothing until [resume] (a paused or stalled Redis). */
    fun pause() = signal("STOP")

    /** `kill -CONT` after [pause]: the commands that arrived meanwhile are executed. */
    fun resume() = signal("CONT")

    private fun signal(name: String) {
        val pid = process?.pid() ?: error("redis-server is not running")
        check(ProcessBuilder("kill", "-$name", pid.toString()).start().waitFor() == 0) { "kill -$name $pid failed" }
    }

    fun stop() {
        process?.let { p ->
            p.destroy()
            if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly().waitFor()
        }
        process = null
    }

    /** Sends one inline command and returns the first line of the answer, e.g. `command("DBSIZE")`. */
    fun command(vararg parts: String): String = Socket().use { s ->
        s.connect(InetSocketAddress("127.0.0.1", port), 2_000)
        s.soTimeout = 2_000
        val request = buildString {
            append("*").append(parts.size).append("\r\n")
            for (part in parts) {
                val bytes = part.toByteArray(Charsets.UTF_8)
                append("$").append(bytes.size).append("\r\n").append(part).append("\r\n")
            }
        }
        s.getOutputStream().write(request.toByteArray(Charsets.UTF_8))
        val reader = s.getInputStream().bufferedReader(Charsets.UTF_8)
        val first = reader.readLine() ?: ""
        if (first.startsWith("$") && first != "$-1") reader.readLine() ?: "" else first
    }

    private fun answersPing(): Boolean = try {
        command("PING") == "+PONG"
    } catch (e: Exception) {
        false
    }

    override fun close() = stop()

    companion object {
        fun start(): RedisServerProcess = RedisServerProcess(freePort()).start()

        /** A server with AOF persistence (`appendfsync always`) in a temporary directory: it survives [kill] and [start]. */
        fun startPersistent(): RedisServerProcess =
            RedisServerProcess(freePort(), java.nio.file.Files.createTempDirectory("kelviq-redis").toFile().apply { deleteOnExit() }).start()

        /** A server on [port] (e.g. one a client already points at while nothing listens there). */
        fun startOn(port: Int): RedisServerProcess = RedisServerProcess(port).start()

        fun freePort(): Int = ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress()).use { it.localPort }

        private fun executable(): String {
            val path = System.getenv("PATH").orEmpty().split(File.pathSeparator) + listOf("/usr/bin", "/usr/local/bin", "/usr/sbin")
            return path.map { File(it, "redis-server") }.firstOrNull { it.canExecute() }?.path
                ?: error("redis-server is not installed: fleet mode's tests need a real one (Debian: apt-get install -y redis-server)")
        }
    }
}
