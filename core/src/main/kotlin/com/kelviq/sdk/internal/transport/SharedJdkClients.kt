package com.kelviq.sdk.internal.transport

import java.net.http.HttpClient
import java.security.KeyStore
import java.time.Duration
import java.util.concurrent.ScheduledFuture
import javax.net.ssl.SSLContext

/**
 * The JDK `HttpClient`s of the default engine, one per distinct connection setting ([Settings]) in a JVM, shared by
 * every SDK client that uses it: creating and closing SDK clients costs no threads (each JDK client runs a selector
 * thread and a worker pool, and JDK 17's has no `close()`). What stays per SDK client: key, base URLs, timeouts and
 * `maxConnectionsPerHost` (enforced by the transport, not by the JDK client).
 *
 * Reference-counted ([lease], [Lease.release]). When the last lease is released the client is let go: on JDK 21+
 * with `shutdownNow` at once (its threads and connections end); on JDK 17, whose clients end only when collected,
 * it is kept for [linger] so that the next SDK client with the same settings takes it up again (a test suite with a
 * client per test), and then dropped with its pool.
 */
internal object SharedJdkClients {
    /** What a JDK client is built from. The TLS parts compare by identity; [toString] shows no credentials. */
    class Settings(
        val http2: Boolean,
        val connectTimeout: Duration,
        val sslContext: SSLContext?,
        val trustStore: KeyStore?,
        val proxyHost: String?,
        val proxyPort: Int,
        val proxyUsername: String?,
        val proxyPassword: String?,
    ) {
        private val parts: List<Any?>
            get() = listOf(http2, connectTimeout, sslContext?.let(::Identity), trustStore?.let(::Identity), proxyHost, proxyPort, proxyUsername, proxyPassword)

        override fun equals(other: Any?): Boolean = other is Settings && parts == other.parts
        override fun hashCode(): Int = parts.hashCode()
        override fun toString(): String = "Settings(http2=$http2, connectTimeout=$connectTimeout, proxy=${proxyHost ?: "none"}:$proxyPort)"
    }

    private class Identity(val value: Any) {
        override fun equals(other: Any?): Boolean = other is Identity && other.value === value
        override fun hashCode(): Int = System.identityHashCode(value)
    }

    private class Entry(val client: HttpClient) {
        var leases = 0
        var drop: ScheduledFuture<*>? = null
    }

    private val entries = HashMap<Settings, Entry>()

    /** How long an unused JDK 17 client is kept for the next SDK client with its settings. */
    @Volatile
    var linger: Duration = Duration.ofSeconds(30)

    /** The JDK client for [settings], built by [build] when none is held; release the lease when done. */
    fun lease(settings: Settings, build: () -> HttpClient): Lease = synchronized(entries) {
        val entry = entries.getOrPut(settings) { Entry(build()) }
        entry.drop?.cancel(false)
        entry.drop = null
        entry.leases++
        Lease(settings, entry.client)
    }

    /** How many JDK clients are held, in use or lingering (for tests). */
    fun held(): Int = synchronized(entries) { entries.size }

    private fun release(settings: Settings, client: HttpClient) {
        val shutdownNow = SHUTDOWN_NOW
        val ended = synchronized(entries) {
            val entry = entries[settings]?.takeIf { it.client === client } ?: return
            if (--entry.leases > 0) return
            if (shutdownNow == null) {
                entry.drop = SdkTimer.schedule(linger.toMillis()) { dropIfUnused(settings, entry) }
                return
            }
            entries.remove(settings)
        }
        // JDK 21+: close() would wait for exchanges still running; what runs belongs to clients closed already.
        runCatching { shutdownNow?.invoke(ended?.client) }
    }

    private fun dropIfUnused(settings: Settings, entry: Entry) = synchronized(entries) {
        if (entry.leases == 0 && entries[settings] === entry) entries.remove(settings)
    }

    /** `HttpClient.shutdownNow()` of JDK 21+, absent before. */
    private val SHUTDOWN_NOW = runCatching { HttpClient::class.java.getMethod("shutdownNow") }.getOrNull()

    /** One SDK client's use of a shared JDK [client]; [release] once (later calls do nothing). */
    class Lease internal constructor(private val settings: Settings, val client: HttpClient) {
        private val released = java.util.concurrent.atomic.AtomicBoolean()

        fun release() {
            if (released.compareAndSet(false, true)) release(settings, client)
        }
    }
}
