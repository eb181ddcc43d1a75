package com.kelviq.sdk.redis

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.model.UsageBehaviour
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import java.time.Duration

/**
 * A check that finds another instance refreshing waits for its snapshot, and when an invalidation deletes it
 * meanwhile, takes the lock again instead of sitting out `lockWait` (2 s): every check stays within the store's
 * bound for its round trips plus one API call (issue 23, item 4).
 */
class SnapshotWaitTest : FunSpec({
    test("a customer invalidated by reports every 100 ms and deleted every 7 ms: 200 checks on two other instances, the slowest well under lockWait") {
        RedisServerProcess.start().use { redis ->
            KelviqTestServer.start().use { server ->
                server.addCustomer("c1").grant("c1", "calls", "METER", 1_000_000L, true)
                val fleet = { RedisFleet.builder().uri(redis.uri).operationTimeout(Duration.ofMillis(100)).lockWait(Duration.ofSeconds(2)).build() }
                val config = { server.configBuilder().entitlementCache(EntitlementCacheConfig.DEFAULT).fleet(fleet()).build() }
                KelviqClient(config()).use { reporter ->
                    KelviqClient(config()).use { b ->
                        KelviqClient(config()).use { c ->
                            b.entitlements.hasAccess("c1", "calls") // warm: connections and classes
                            val slowest = coroutineScope {
                                val reports = launch {
                                    repeat(40) {
                                        reporter.reporting.reportUsage(value = 1, customerId = "c1", featureId = "calls", behaviour = UsageBehaviour.DELTA)
                                        delay(100)
                                    }
                                }
                                // An explicit invalidation between the reports: it deletes the shared snapshot outright.
                                val invalidations = launch {
                                    while (true) {
                                        delay(7)
                                        reporter.entitlements.invalidate("c1")
                                    }
                                }
                                val times = listOf(b, c).map { client ->
                                    async {
                                        (1..100).map {
                                            val started = System.nanoTime()
                                            client.entitlements.hasAccess("c1", "calls")
                                            delay(15)
                                            (System.nanoTime() - started) / 1_000_000 - 15
                                        }
                                    }
                                }.awaitAll().flatten()
                                reports.cancel()
                                invalidations.cancel()
                                times.max()
                            }
                            // operationTimeout (100 ms) x 3 store round trips + one API call on loopback (well under 200 ms here)
                            slowest shouldBeLessThan 500L
                        }
                    }
                }
            }
        }
    }
})
