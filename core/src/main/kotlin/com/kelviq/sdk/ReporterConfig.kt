package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.validation.Bounds
import java.time.Duration

/**
 * Settings of the background reporter behind `reporting.enqueueUsage` / `enqueueEvent`.
 *
 * Reports wait in a bounded queue ([queueCapacity], 10 000) drained by [senders] (4) concurrent
 * senders over the client's keep-alive connections, with the client's retry rules. When the queue
 * is full, an enqueue is rejected at once (or, with a positive [enqueueTimeout], waits up to that
 * long for room). Every report that is rejected, or fails after its retries, goes to
 * [failureHandler]: nothing is dropped silently. Closing the client stops intake and sends what is
 * queued for up to [closeTimeout] (5 s); what is left is handed to [failureHandler]. A client that is never
 * closed is closed that way when the JVM exits (returning from `main`, `System.exit`, SIGTERM), by a shutdown hook
 * registered with its first enqueued report and removed by `close()`; [shutdownHook] `false` opts out.
 *
 * ```java
 * ReporterConfig reporter = ReporterConfig.builder()
 *     .queueCapacity(50_000)
 *     .failureHandler((report, error) -> deadLetters.add(report))
 *     .build();
 * KelviqConfig config = KelviqConfig.builder().apiKey(key).reporter(reporter).build();
 * ```
 */
public class ReporterConfig private constructor(builder: Builder) {
    /** How many reports may wait to be sent; 10 000 by default. */
    public val queueCapacity: Int = builder.queueCapacity

    /** How many reports are sent concurrently; 4 by default. */
    public val senders: Int = builder.senders

    /**
     * How long an enqueue may block the calling thread waiting for room in a full queue.
     * [Duration.ZERO] (the default) never blocks: a report that does not fit is rejected at once.
     */
    public val enqueueTimeout: Duration = builder.enqueueTimeout

    /** How long closing the client waits for queued reports to be sent; 5 s by default. */
    public val closeTimeout: Duration = builder.closeTimeout

    /** Receives every report that is rejected or fails; by default logs it at warn level. */
    public val failureHandler: ReportFailureHandler = builder.failureHandler

    /** Whether a client not closed when the JVM exits is closed then (queued reports drained); `true` by default. */
    public val shutdownHook: Boolean = builder.shutdownHook

    /** A builder pre-filled with these settings. */
    public fun toBuilder(): Builder = Builder().also {
        it.queueCapacity = queueCapacity
        it.senders = senders
        it.enqueueTimeout = enqueueTimeout
        it.closeTimeout = closeTimeout
        it.failureHandler = failureHandler
        it.shutdownHook = shutdownHook
    }

    /** Shows the settings; the handler only as default or custom. */
    override fun toString(): String =
        "ReporterConfig(queueCapacity=$queueCapacity, senders=$senders, enqueueTimeout=$enqueueTimeout, " +
            "closeTimeout=$closeTimeout, failureHandler=${if (failureHandler === ReportFailureHandler.LOGGING) "logging" else "custom"}, " +
            "shutdownHook=$shutdownHook)"

    /** Builds a [ReporterConfig]; every setting has a default. */
    public class Builder internal constructor() {
        /** Queue capacity, 10 000 by default. At least 1. */
        public var queueCapacity: Int = 10_000

        /** Concurrent senders, 4 by default. At least 1. */
        public var senders: Int = 4

        /** Longest wait for room in a full queue; zero (the default) never blocks. */
        public var enqueueTimeout: Duration = Duration.ZERO

        /** Longest wait for queued reports when the client closes, 5 s by default. */
        public var closeTimeout: Duration = Duration.ofSeconds(5)

        /** Where rejected and failed reports go; logs at warn level by default. */
        public var failureHandler: ReportFailureHandler = ReportFailureHandler.LOGGING

        /** Close a client left open at JVM exit; `true` by default. */
        public var shutdownHook: Boolean = true

        /** Sets [queueCapacity]. */
        public fun queueCapacity(queueCapacity: Int): Builder = apply { this.queueCapacity = queueCapacity }

        /** Sets [senders]. */
        public fun senders(senders: Int): Builder = apply { this.senders = senders }

        /** Sets [enqueueTimeout]. */
        public fun enqueueTimeout(enqueueTimeout: Duration): Builder = apply { this.enqueueTimeout = enqueueTimeout }

        /** Sets [closeTimeout]. */
        public fun closeTimeout(closeTimeout: Duration): Builder = apply { this.closeTimeout = closeTimeout }

        /** Sets [failureHandler]. */
        public fun failureHandler(failureHandler: ReportFailureHandler): Builder = apply { this.failureHandler = failureHandler }

        /** Whether to close a client left open at JVM exit (see [ReporterConfig.shutdownHook]). */
        public fun shutdownHook(shutdownHook: Boolean): Builder = apply { this.shutdownHook = shutdownHook }

        /** Checks and builds. @throws KelviqValidationException naming the invalid setting. */
        public fun build(): ReporterConfig {
            Bounds.count("reporter.queueCapacity", queueCapacity, 1, Bounds.MAX_QUEUE_CAPACITY)
            Bounds.count("reporter.senders", senders, 1, Bounds.MAX_SENDERS)
            Bounds.nonNegative("reporter.enqueueTimeout", enqueueTimeout, Bounds.MAX_REPORTER_WAIT)
            Bounds.nonNegative("reporter.closeTimeout", closeTimeout, Bounds.MAX_REPORTER_WAIT)
            return ReporterConfig(this)
        }
    }

    /** Factories. */
    public companion object {
        /** The defaults. */
        @JvmField
        public val DEFAULT: ReporterConfig = Builder().build()

        /** A new builder with the defaults. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/**
 * Builds a [ReporterConfig] with a Kotlin DSL:
 * ```kotlin
 * KelviqConfig { apiKey = key; reporter = ReporterConfig { queueCapacity = 50_000 } }
 * ```
 */
@JvmSynthetic
public fun ReporterConfig(block: ReporterConfig.Builder.() -> Unit): ReporterConfig =
    ReporterConfig.builder().apply(block).build()
