package com.kelviq.sdk.redis

import com.kelviq.sdk.EntitlementCacheConfig
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.model.ReportUsageParams
import com.kelviq.sdk.model.UsageBehaviour
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.runBlocking
import java.time.Duration

/**
 * One instance of a fleet, in its own JVM, for [FleetChildJvmTest]: args `redisUri baseUrl edgeUrl apiKey`; reads
 * commands from stdin and answers one line each on stdout:
 * - `CHECK customer feature n`: `n` concurrent `hasAccess` calls, answers `OK {trueCount}`;
 * - `REPORT customer feature value`: a `DELTA` usage report, answers `OK`;
 * - `ENQUEUE DELTA|SET customer feature value` and `ENQUEUE EVENT customer name key`: a background report
 *   (`enqueueUsage`/`enqueueEvent`), answers `OK true|false`;
 * - `ENQUEUE_MANY EVENT n customer name` (keys `name-1`..) or `ENQUEUE_MANY DELTA n customer feature` (value 1 each):
 *   answers `OK {accepted}`;
 * - `QUIT`: closes the client and exits.
 */
object FleetInstanceMain {
    @JvmStatic
    fun main(args: Array<String>) = runBlocking {
        val (redisUri, baseUrl, edgeUrl, apiKey) = args
        // A generous store timeout: on a loaded CI machine a fresh JVM's first Redis calls may take more than 100 ms,
        // and the tests count requests, which a timed-out (bypassed) Redis call would add.
        val fleet = RedisFleet.builder().uri(redisUri).spoolClaimAfter(Duration.ofSeconds(1)).operationTimeout(Duration.ofSeconds(2))
            .lockWait(Duration.ofSeconds(10)).build()
        val config = KelviqConfig.builder().apiKey(apiKey).baseUrl(baseUrl).edgeUrl(edgeUrl).maxRetries(0)
            .entitlementCache(EntitlementCacheConfig.DEFAULT).fleet(fleet).build()
        KelviqClient(config).use { client ->
            println("READY")
            while (true) {
                val parts = readLine()?.trim()?.split(' ') ?: break
                when (parts[0]) {
                    "CHECK" -> {
                        val n = parts[3].toInt()
                        val granted = coroutineScope {
                            (1..n).map { async { client.entitlements.hasAccess(parts[1], parts[2]) } }.awaitAll()
                        }.count { it }
                        println("OK $granted")
                    }
                    "REPORT" -> {
                        client.reporting.reportUsage(value = parts[3].toLong(), customerId = parts[1], featureId = parts[2], behaviour = UsageBehaviour.DELTA)
                        println("OK")
                    }
                    "ENQUEUE" -> {
                        val accepted = when (parts[1]) {
                            "EVENT" -> client.reporting.enqueueEvent(
                                ReportEventParams.builder().customerId(parts[2]).eventName(parts[3]).idempotencyKey(parts[4]).build(),
                            )
                            else -> client.reporting.enqueueUsage(
                                ReportUsageParams.builder().customerId(parts[2]).featureId(parts[3]).value(parts[4].toLong())
                                    .behaviour(UsageBehaviour.valueOf(parts[1])).build(),
                            )
                        }
                        println("OK $accepted")
                    }
                    "ENQUEUE_MANY" -> { // ENQUEUE_MANY EVENT|DELTA n customer name-or-feature
                        val n = parts[2].toInt()
                        val accepted = (1..n).count { i ->
                            if (parts[1] == "EVENT") {
                                client.reporting.enqueueEvent(
                                    ReportEventParams.builder().customerId(parts[3]).eventName(parts[4]).idempotencyKey("${parts[4]}-$i").build(),
                                )
                            } else {
                                client.reporting.enqueueUsage(
                                    ReportUsageParams.builder().customerId(parts[3]).featureId(parts[4]).value(1).behaviour(UsageBehaviour.DELTA).build(),
                                )
                            }
                        }
                        println("OK $accepted")
                    }
                    "QUIT" -> break
                    else -> println("ERR unknown command ${parts[0]}")
                }
            }
        }
    }
}
