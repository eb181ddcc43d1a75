package com.kelviq.sdk.redis

import com.kelviq.sdk.internal.fleet.FleetEvents
import com.kelviq.sdk.internal.fleet.FleetSession
import com.kelviq.sdk.SpoolStats
import com.kelviq.sdk.internal.fleet.SpoolEntry
import com.kelviq.sdk.internal.fleet.StoreUnreachableException
import io.lettuce.core.ClientOptions
import io.lettuce.core.Consumer
import io.lettuce.core.RedisChannelHandler
import io.lettuce.core.RedisClient
import io.lettuce.core.RedisConnectionStateListener
import io.lettuce.core.ScanArgs
import io.lettuce.core.ScanCursor
import io.lettuce.core.ScriptOutputType
import io.lettuce.core.SetArgs
import io.lettuce.core.TimeoutOptions
import io.lettuce.core.XAutoClaimArgs
import io.lettuce.core.XGroupCreateArgs
import io.lettuce.core.XReadArgs
import io.lettuce.core.api.StatefulRedisConnection
import io.lettuce.core.api.async.RedisAsyncCommands
import io.lettuce.core.codec.StringCodec
import io.lettuce.core.pubsub.RedisPubSubAdapter
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection
import java.net.SocketAddress
import java.nio.charset.StandardCharsets
import java.time.Duration
import java.util.Base64
import java.util.UUID
import java.util.concurrent.CompletableFuture
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicReference

/**
 * One client's connections to Redis: a command connection and a pub/sub one (invalidations). Both connect in the
 * background and keep reconnecting (Lettuce's auto-reconnect once connected; a retry every second while Redis was
 * down at start); while a connection is missing every operation fails at once, and the SDK answers without Redis.
 *
 * Keys: `{prefix}:snap:{id}` (a snapshot), `{prefix}:lock:{id}` (a refresh lock), where `{id}` is the customer id in
 * URL-safe Base64, so any id is a safe key; channel `{prefix}:invalidate`, messages `{instanceId} {id}` (`*`: all);
 * the report spool is the stream `{prefix}:spool` (consumer group `kelviq-senders`, one consumer per client), its
 * dead letters the stream `{prefix}:spool:dead`.
 */
internal class RedisFleetSession(private val fleet: RedisFleet, private val events: FleetEvents) : FleetSession {
    override val instanceId: String = UUID.randomUUID().toString()
    override val operationTimeout: Duration = fleet.operationTimeout
    override val lockTtl: Duration = fleet.lockTtl
    override val lockWait: Duration = fleet.lockWait
    override val spoolClaimAfter: Duration = fleet.spoolClaimAfter

    @Volatile override var ready: Boolean = false
        private set

    private val log = org.slf4j.LoggerFactory.getLogger("com.kelviq.sdk.fleet")
    private val spool = "${fleet.prefix}:spool"
    private val deadLetters = "${fleet.prefix}:spool:dead"
    private val consumer = Consumer.from(GROUP, instanceId)
    private val group = AtomicReference<CompletableFuture<*>?>()

    private val channel = "${fleet.prefix}:invalidate"
    private val closed = AtomicBoolean(false)
    private val lostConnection = AtomicBoolean(false)
    private val connection = AtomicReference<StatefulRedisConnection<String, String>?>()

    /** The first connection attempt: a call made while it is under way waits for it (within the SDK's bound). */
    private val firstConnect = CompletableFuture<StatefulRedisConnection<String, String>>()
    private val pubSub = AtomicReference<StatefulRedisPubSubConnection<String, String>?>()
    private val retries = Executors.newSingleThreadScheduledExecutor { r -> Thread(r, "kelviq-redis-connect").apply { isDaemon = true } }
    private val client: RedisClient = RedisClient.create().apply {
        options = ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
            .build()
        addListener(object : RedisConnectionStateListener {
            override fun onRedisDisconnected(handler: RedisChannelHandler<*, *>) {
                if (!closed.get()) lostConnection.set(true)
            }

            override fun onRedisConnected(handler: RedisChannelHandler<*, *>, address: SocketAddress) {
                // Invalidations published while this instance was away are lost: forget what it remembers.
                if (handler === pubSub.get() && lostConnection.compareAndSet(true, false)) events.resynchronize()
            }
        })
    }

    init {
        connectCommands()
        connectPubSub()
    }

    override fun getSnapshot(customerId: String): CompletableFuture<String?> = withCommands { it.get(snapKey(customerId)) }

    override fun putSnapshot(customerId: String, snapshot: String, ttl: Duration): CompletableFuture<*> =
        withCommands { it.set(snapKey(customerId), snapshot, SetArgs().px(ttl.toMillis().coerceAtLeast(1))) }

    override fun tryLock(customerId: String, ttl: Duration): CompletableFuture<String?> {
        val token = UUID.randomUUID().toString()
        return withCommands { it.set(lockKey(customerId), token, SetArgs().nx().px(ttl.toMillis().coerceAtLeast(1))) }
            .thenApply { if (it == "OK") token else null }
    }

    override fun unlock(customerId: String, token: String): CompletableFuture<*> =
        withCommands { it.eval<Long>(UNLOCK, ScriptOutputType.INTEGER, arrayOf(lockKey(customerId)), token) }

    override fun invalidate(customerId: String?): CompletableFuture<*> {
        val message = "$instanceId ${customerId?.let(::encodeId) ?: "*"}"
        val deleted = if (customerId != null) withCommands { it.del(snapKey(customerId)) } else deleteAllSnapshots(ScanCursor.INITIAL)
        return deleted.thenCompose { withCommands { it.publish(channel, message) } }
    }

    override fun spoolAppend(entry: String, reportId: String): CompletableFuture<Boolean> = withCommands {
        it.eval<Long>(ONCE_APPEND, ScriptOutputType.INTEGER, arrayOf(spool, decisionKey(reportId)), fleet.spoolCapacity.toString(), entry, DECISION_TTL_MILLIS)
    }.thenApply { it == 1L }

    override fun spoolRevoke(reportId: String): CompletableFuture<Boolean> =
        withCommands { it.set(decisionKey(reportId), "memory", SetArgs().nx().px(DECISION_TTL_MILLIS.toLong())) }.thenApply { it == "OK" }

    override fun spoolRead(max: Int): CompletableFuture<List<SpoolEntry>> = withGroup {
        withCommands { it.xreadgroup(consumer, XReadArgs.Builder.count(max.toLong()), XReadArgs.StreamOffset.lastConsumed(spool)) }
    }.thenApply { messages -> messages.mapNotNull { m -> m.body["r"]?.let { SpoolEntry(m.id, it) } } }

    override fun spoolClaim(max: Int): CompletableFuture<List<SpoolEntry>> = withGroup {
        withCommands { it.xautoclaim(spool, XAutoClaimArgs.Builder.xautoclaim(consumer, spoolClaimAfter, "0-0").count(max.toLong())) }
    }.thenApply { claimed -> claimed.messages.mapNotNull { m -> m.body?.get("r")?.let { SpoolEntry(m.id, it) } } }

    override fun spoolAck(id: String): CompletableFuture<*> =
        withCommands { it.eval<Long>(ACK_AND_DELETE, ScriptOutputType.INTEGER, arrayOf(spool), GROUP, id) }

    override fun spoolDeadLetter(entry: String, reason: String): CompletableFuture<*> =
        withCommands { it.xadd(deadLetters, mapOf("r" to entry, "reason" to reason, "instance" to instanceId)) }

    override fun spoolStats(): CompletableFuture<SpoolStats> {
        val depth = withCommands { it.xlen(spool) }
        val pending = withGroup { withCommands { it.xpending(spool, GROUP) } }
        val dead = withCommands { it.xlen(deadLetters) }
        return depth.thenCombine(pending) { d, p -> d to p.count }.thenCombine(dead) { (d, p), x -> SpoolStats(d, p, x) }
    }

    /**
     * Runs [op] once the consumer group exists (created with the stream on first use; an existing one is kept). A
     * Redis that lost the group (restarted empty, failed over to an empty replica, `FLUSHALL`) answers `NOGROUP`:
     * the group is created again, logged once per loss, and [op] runs again.
     */
    private fun <T> withGroup(op: () -> CompletableFuture<T>): CompletableFuture<T> {
        val used = ensureGroup()
        return used.thenCompose { op() }.handle { value, error ->
            when {
                error == null -> CompletableFuture.completedFuture(value)
                isNoGroup(error) -> {
                    // Only the first caller to see the loss recreates and logs; the others run on its new group.
                    if (group.compareAndSet(used, null)) {
                        log.warn("Kelviq report spool: the consumer group was missing (Redis restarted empty?); creating it again")
                    }
                    ensureGroup().thenCompose { op() }
                }
                else -> CompletableFuture.failedFuture(error)
            }
        }.thenCompose { it }
    }

    private fun ensureGroup(): CompletableFuture<*> = group.get() ?: withCommands {
        it.xgroupCreate(XReadArgs.StreamOffset.from(spool, "0"), GROUP, XGroupCreateArgs.Builder.mkstream())
    }.handle { _, error ->
        if (error != null && error.message?.contains("BUSYGROUP") != true) {
            group.set(null) // try again next time
            throw java.util.concurrent.CompletionException(error)
        }
    }.also { group.set(it) }

    private fun isNoGroup(error: Throwable): Boolean =
        generateSequence(error) { it.cause }.take(5).any { it.message?.contains("NOGROUP") == true }

    override fun close() {
        if (!closed.compareAndSet(false, true)) return
        retries.shutdownNow()
        runCatching { pubSub.get()?.close() }
        runCatching { connection.get()?.close() }
        runCatching { client.shutdown(Duration.ZERO, Duration.ofSeconds(2)) }
    }

    override fun toString(): String = "RedisFleetSession(instanceId=$instanceId, fleet=$fleet)"

    private fun <T> withCommands(op: (RedisAsyncCommands<String, String>) -> io.lettuce.core.RedisFuture<T>): CompletableFuture<T> {
        val c = connection.get()
        if (c == null && !firstConnect.isDone) return firstConnect.thenCompose { withCommands(op) }
        if (c == null || !c.isOpen || closed.get()) return CompletableFuture.failedFuture(StoreUnreachableException("not connected to Redis"))
        return try {
            op(c.async()).toCompletableFuture()
        } catch (e: Exception) { // e.g. the event loop already shut down: a failed operation, never a throw into the SDK
            CompletableFuture.failedFuture(e)
        }
    }

    private fun deleteAllSnapshots(cursor: ScanCursor): CompletableFuture<*> =
        withCommands { it.scan(cursor, ScanArgs.Builder.matches("${fleet.prefix}:snap:*").limit(500)) }.thenCompose { page ->
            val keys = page.keys
            val deleted: CompletableFuture<*> = if (keys.isEmpty()) CompletableFuture.completedFuture(0L) else withCommands { it.del(*keys.toTypedArray()) }
            if (page.isFinished) deleted else deleted.thenCompose { deleteAllSnapshots(page) }
        }

    private fun connectCommands() {
        if (closed.get()) return
        client.connectAsync(StringCodec.UTF8, fleet.uri).whenComplete { c, error ->
            when {
                error != null -> {
                    firstConnect.completeExceptionally(error)
                    retryLater(::connectCommands)
                }
                closed.get() -> c.close()
                else -> {
                    connection.set(c)
                    firstConnect.complete(c)
                }
            }
        }
    }

    private fun connectPubSub() {
        if (closed.get()) return
        client.connectPubSubAsync(StringCodec.UTF8, fleet.uri).whenComplete { c, error ->
            if (error != null) {
                lostConnection.set(true)
                ready = true // Redis away: memory answers, as without fleet mode
                retryLater(::connectPubSub)
                return@whenComplete
            }
            if (closed.get()) {
                c.close()
                return@whenComplete
            }
            c.addListener(object : RedisPubSubAdapter<String, String>() {
                override fun message(channel: String, message: String) = onMessage(message)
            })
            pubSub.set(c)
            c.async().subscribe(channel).whenComplete { _, subscribeError ->
                ready = true
                if (subscribeError != null) {
                    lostConnection.set(true)
                } else if (lostConnection.compareAndSet(true, false)) {
                    events.resynchronize() // first connected after Redis was down: what was missed is unknown
                }
            }
        }
    }

    private fun onMessage(message: String) {
        val sender = message.substringBefore(' ')
        if (sender == instanceId) return
        val id = message.substringAfter(' ', "")
        events.invalidated(if (id == "*") null else decodeId(id) ?: return)
    }

    private fun retryLater(connect: () -> Unit) {
        if (!closed.get()) runCatching { retries.schedule(connect, RECONNECT_SECONDS, TimeUnit.SECONDS) }
    }

    private fun snapKey(customerId: String) = "${fleet.prefix}:snap:${encodeId(customerId)}"

    private fun lockKey(customerId: String) = "${fleet.prefix}:lock:${encodeId(customerId)}"

    private fun decisionKey(reportId: String) = "${fleet.prefix}:spool:once:$reportId"

    private companion object {
        val COMMAND_TIMEOUT: Duration = Duration.ofSeconds(2)
        const val RECONNECT_SECONDS = 1L
        const val GROUP = "kelviq-senders"
        /**
         * Appends once per report: a full spool refuses without deciding (the report goes to memory, and a revoke then
         * wins); otherwise the report's decision key is taken, and a report already decided (appended, or revoked by
         * its instance after a timeout) is never appended again.
         */
        const val ONCE_APPEND = "if redis.call('XLEN', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end " +
            "if not redis.call('SET', KEYS[2], 'spool', 'NX', 'PX', ARGV[3]) then return 2 end " +
            "redis.call('XADD', KEYS[1], '*', 'r', ARGV[2]) return 1"
        /**
         * How long a report's append decision is kept (one small key per report): far beyond the delay of an append in
         * flight, which its instance resolves within seconds of Redis answering again.
         */
        const val DECISION_TTL_MILLIS = "3600000"
        /** Acknowledges and deletes in one step: an entry is never left acknowledged but still counted in the spool. */
        const val ACK_AND_DELETE = "redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) return redis.call('XDEL', KEYS[1], ARGV[2])"
        const val UNLOCK = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end"
        private val encoder = Base64.getUrlEncoder().withoutPadding()
        private val decoder = Base64.getUrlDecoder()

        fun encodeId(id: String): String = encoder.encodeToString(id.toByteArray(StandardCharsets.UTF_8))

        fun decodeId(text: String): String? = runCatching { String(decoder.decode(text), StandardCharsets.UTF_8) }.getOrNull()
    }
}
