package com.kelviq.sdk.metrics

import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.errors.KelviqServiceException
import com.kelviq.sdk.internal.transport.CallObserver
import io.micrometer.core.instrument.Counter
import io.micrometer.core.instrument.FunctionCounter
import io.micrometer.core.instrument.Gauge
import io.micrometer.core.instrument.MeterRegistry
import io.micrometer.core.instrument.Tags
import io.micrometer.core.instrument.Timer
import io.micrometer.core.instrument.binder.MeterBinder
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.TimeUnit

/**
 * Micrometer metrics of one client (its [KelviqCore], shared by every flavour built on it), usable without Spring:
 * `new KelviqMetrics(client.core()).bindTo(registry)`. Needs `io.micrometer:micrometer-core` on the classpath (an
 * optional dependency of the SDK). Tags never hold a customer id.
 *
 * | meter | type | tags |
 * |---|---|---|
 * | `kelviq.client.requests` | timer: each API call, retries included | `operation` (`customers.create`, ...), `status` (`2xx`, `4xx`, `5xx`, `none`), `exception` (simple class name or `none`) |
 * | `kelviq.client.retries` | counter: extra attempts | `operation` |
 * | `kelviq.cache.requests` | function counter: entitlement checks | `result` (`hit`: fresh snapshot, `stale`: one past its TTL, served while it refreshes or because the API failed, `miss`: loaded) |
 * | `kelviq.cache.size` | gauge: customers cached | |
 * | `kelviq.cache.evictions` | function counter: customers dropped by `maxCustomers` | |
 * | `kelviq.cache.snapshot.age` | gauge (seconds): age of the oldest snapshot held | |
 * | `kelviq.reporter.reports` | function counter: background reports | `outcome` (`enqueued`, `sent`, `retried`, `failed`, `rejected`) |
 * | `kelviq.reporter.queue.depth` | gauge: reports waiting in memory | |
 * | `kelviq.reporter.spool.depth`, `.pending`, `.dead.letters` | gauges (fleet mode): the shared spool as last read | |
 *
 * Bind one `KelviqMetrics` per core; binding again replaces the request timers' registry.
 */
public class KelviqMetrics(private val core: KelviqCore) : MeterBinder {
    override fun bindTo(registry: MeterRegistry) {
        val services = core.services
        val timers = ConcurrentHashMap<Triple<String, String, String>, Timer>()
        val retries = ConcurrentHashMap<String, Counter>()
        services.transport.observer = object : CallObserver {
            override fun completed(operation: String, nanos: Long, error: Throwable?) {
                val status = when {
                    error == null -> "2xx"
                    error is KelviqServiceException -> "${error.statusCode / 100}xx"
                    else -> "none"
                }
                val exception = error?.javaClass?.simpleName ?: "none"
                timers.computeIfAbsent(Triple(operation, status, exception)) { (op, st, ex) ->
                    Timer.builder("kelviq.client.requests").description("Kelviq API calls, retries included")
                        .tags("operation", op, "status", st, "exception", ex).register(registry)
                }.record(nanos, TimeUnit.NANOSECONDS)
            }

            override fun retried(operation: String) {
                retries.computeIfAbsent(operation) {
                    Counter.builder("kelviq.client.retries").description("Extra attempts of Kelviq API calls").tag("operation", it).register(registry)
                }.increment()
            }
        }
        services.entitlementCache?.let { cache ->
            FunctionCounter.builder("kelviq.cache.requests", cache) { it.hits.sum().toDouble() }
                .description("Entitlement checks answered from a fresh snapshot").tags(Tags.of("result", "hit")).register(registry)
            FunctionCounter.builder("kelviq.cache.requests", cache) { it.staleServed.sum().toDouble() }
                .description("Entitlement checks answered from a snapshot past its TTL").tags(Tags.of("result", "stale")).register(registry)
            FunctionCounter.builder("kelviq.cache.requests", cache) { it.misses.sum().toDouble() }
                .description("Entitlement checks that loaded").tags(Tags.of("result", "miss")).register(registry)
            Gauge.builder("kelviq.cache.size", cache) { it.size.toDouble() }.description("Customers cached").register(registry)
            FunctionCounter.builder("kelviq.cache.evictions", cache) { it.evictions.sum().toDouble() }
                .description("Customers dropped from the cache by its size bound").register(registry)
            Gauge.builder("kelviq.cache.snapshot.age", cache) { it.oldestSnapshotAgeSeconds() }.baseUnit("seconds")
                .description("Age of the oldest entitlement snapshot held").register(registry)
        }
        val reporting = services.reporting
        for ((outcome, read) in listOf<Pair<String, (com.kelviq.sdk.ReporterStats) -> Long>>(
            "enqueued" to { it.enqueued }, "sent" to { it.sent }, "retried" to { it.retried }, "failed" to { it.failed },
            "rejected" to { it.rejected },
        )) {
            FunctionCounter.builder("kelviq.reporter.reports", reporting) { read(it.stats()).toDouble() }
                .description("Background reports").tags(Tags.of("outcome", outcome)).register(registry)
        }
        Gauge.builder("kelviq.reporter.queue.depth", reporting) { it.stats().queueDepth.toDouble() }
            .description("Background reports waiting in memory").register(registry)
        if (services.config.fleet != null) {
            Gauge.builder("kelviq.reporter.spool.depth", reporting) { it.stats().spool?.depth?.toDouble() ?: Double.NaN }.register(registry)
            Gauge.builder("kelviq.reporter.spool.pending", reporting) { it.stats().spool?.pending?.toDouble() ?: Double.NaN }.register(registry)
            Gauge.builder("kelviq.reporter.spool.dead.letters", reporting) { it.stats().spool?.deadLetters?.toDouble() ?: Double.NaN }
                .register(registry)
        }
    }

    override fun toString(): String = "KelviqMetrics(core=$core)"
}
