package com.kelviq.sdk.redis

import com.kelviq.sdk.Fleet
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.InternalKelviqApi
import com.kelviq.sdk.internal.fleet.FleetEvents
import com.kelviq.sdk.internal.fleet.FleetSession
import io.lettuce.core.RedisURI
import java.time.Duration

/**
 * Fleet mode on Redis: every client configured with a `RedisFleet` of the same Redis and [prefix] shares one
 * entitlement snapshot per customer (read memory, then Redis, then the API; every fetch written through), makes one
 * API call per customer and refresh across the whole fleet (a short lock with a token and an expiry; the others wait
 * at most [lockWait] for its snapshot, then call themselves), and hears every instance's invalidations (a report, a
 * webhook, an explicit `invalidate`) over Redis pub/sub; an instance whose connection dropped forgets its memory when
 * it reconnects, as it may have missed some. `enqueueUsage`/`enqueueEvent` append to a durable spool (a Redis
 * stream) that the senders of every instance drain; see [spoolClaimAfter] for what happens to the reports of an
 * instance that dies.
 *
 * Redis trouble never stops the application: no call waits for Redis longer than [operationTimeout] (100 ms by
 * default); while Redis is down (also at start) the client answers from its own memory and the API, logs once at
 * warn, and shares again when Redis is back.
 *
 * ```java
 * KelviqConfig config = KelviqConfig.builder().apiKey(key).fleet(RedisFleet.create("redis://cache:6379")).build();
 * ```
 * `toString()` never shows the Redis password.
 */
public class RedisFleet private constructor(builder: Builder) : Fleet {
    /** Where Redis is (`redis://[:password@]host:port[/db]`, or `rediss://` for TLS); kept out of the public API (it holds the password). */
    internal val uri: RedisURI = builder.uri ?: throw KelviqValidationException("uri", "is required")

    /** The prefix of every key and channel (`kelviq` by default): clients share state only under the same prefix. */
    public val prefix: String = builder.prefix

    /** The longest a caller waits for one Redis operation. */
    public val operationTimeout: Duration = builder.operationTimeout

    /** How long a refresh lock lives at most (a crashed holder frees it then). */
    public val lockTtl: Duration = builder.lockTtl

    /** How long an instance waits for another's refresh before calling the API itself. */
    public val lockWait: Duration = builder.lockWait

    /**
     * The most reports the spool holds (1 000 000 by default): a full spool refuses new reports, which then go to
     * the client's in-memory queue (and to the failure handler when that is full too). Never trimmed: no report is
     * dropped to make room.
     */
    public val spoolCapacity: Long = builder.spoolCapacity

    /**
     * How long a report taken by an instance may stay unacknowledged before a live instance claims it (2 min by
     * default; keep it above the client's call timeout). A claimed `DELTA` usage report is not resent: it goes to the
     * failure handler as possibly processed; a claimed `SET` or event is resent (an event keeps its idempotency key).
     */
    public val spoolClaimAfter: Duration = builder.spoolClaimAfter

    @InternalKelviqApi
    override fun open(events: FleetEvents): FleetSession = RedisFleetSession(this, events)

    override fun toString(): String =
        "RedisFleet(uri=${uri.host}:${uri.port}/${uri.database}, prefix=$prefix, operationTimeout=$operationTimeout, lockTtl=$lockTtl, " +
            "lockWait=$lockWait, spoolCapacity=$spoolCapacity, spoolClaimAfter=$spoolClaimAfter)"

    /** Builds a [RedisFleet]; only [uri] is required. */
    public class Builder internal constructor() {
        internal var uri: RedisURI? = null
        internal var prefix: String = DEFAULT_PREFIX
        internal var operationTimeout: Duration = Duration.ofMillis(100)
        internal var lockTtl: Duration = Duration.ofSeconds(10)
        internal var lockWait: Duration = Duration.ofSeconds(2)
        internal var spoolCapacity: Long = 1_000_000
        internal var spoolClaimAfter: Duration = Duration.ofMinutes(2)

        /** Where Redis is: `redis://host:6379`, `redis://:password@host:6379/2`, `rediss://...`. */
        public fun uri(uri: String): Builder = apply {
            this.uri = try {
                RedisURI.create(uri)
            } catch (e: IllegalArgumentException) {
                throw KelviqValidationException("uri", "is not a Redis URI (redis://host:port)")
            }
        }

        /** The prefix of every key and channel; letters, digits and `-_.:` only. */
        public fun prefix(prefix: String): Builder = apply { this.prefix = prefix }

        /** The longest a caller waits for one Redis operation (1 ms to 10 s). */
        public fun operationTimeout(timeout: Duration): Builder = apply { this.operationTimeout = timeout }

        /** How long a refresh lock lives at most (100 ms to 5 min). */
        public fun lockTtl(ttl: Duration): Builder = apply { this.lockTtl = ttl }

        /** How long to wait for another instance's refresh (0 to 1 min). */
        public fun lockWait(wait: Duration): Builder = apply { this.lockWait = wait }

        /** The most reports the spool holds (1 to 100 000 000). */
        public fun spoolCapacity(capacity: Long): Builder = apply { this.spoolCapacity = capacity }

        /** How long before a live instance claims a report a stopped one left unacknowledged (1 s to 1 h). */
        public fun spoolClaimAfter(after: Duration): Builder = apply { this.spoolClaimAfter = after }

        /** Validates and builds. @throws KelviqValidationException naming the invalid setting. */
        public fun build(): RedisFleet {
            if (!PREFIX.matches(prefix)) throw KelviqValidationException("prefix", "must be 1..64 of letters, digits and -_.:, was '$prefix'")
            within("operationTimeout", operationTimeout, Duration.ofMillis(1), Duration.ofSeconds(10))
            within("lockTtl", lockTtl, Duration.ofMillis(100), Duration.ofMinutes(5))
            within("lockWait", lockWait, Duration.ZERO, Duration.ofMinutes(1))
            within("spoolClaimAfter", spoolClaimAfter, Duration.ofSeconds(1), Duration.ofHours(1))
            if (spoolCapacity !in 1..100_000_000) throw KelviqValidationException("spoolCapacity", "must be between 1 and 100000000, was $spoolCapacity")
            return RedisFleet(this)
        }

        private fun within(field: String, value: Duration, min: Duration, max: Duration) {
            if (value < min || value > max) throw KelviqValidationException(field, "must be between $min and $max, was $value")
        }
    }

    /** Factories. */
    public companion object {
        /** The default [prefix]. */
        public const val DEFAULT_PREFIX: String = "kelviq"

        private val PREFIX = Regex("^[A-Za-z0-9_.:-]{1,64}$")

        /** A fleet on the Redis at [uri], other settings default. */
        @JvmStatic
        public fun create(uri: String): RedisFleet = builder().uri(uri).build()

        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
