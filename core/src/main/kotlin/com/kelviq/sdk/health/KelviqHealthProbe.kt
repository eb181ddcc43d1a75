package com.kelviq.sdk.health

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.AuthenticationException
import com.kelviq.sdk.errors.KelviqClosedException
import com.kelviq.sdk.errors.KelviqServiceException
import com.kelviq.sdk.errors.PermissionDeniedException
import com.kelviq.sdk.internal.runtime.NanoClock
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.transport.ResponseDecoder
import com.kelviq.sdk.internal.validation.Checks
import java.time.Clock
import java.time.Duration
import java.util.concurrent.locks.ReentrantLock
import kotlinx.coroutines.runBlocking

/**
 * A health check of one client ([KelviqCore], shared by every flavour over it) that never hammers the API: [check]
 * makes at most one probe per [cacheFor] (one at a time; callers during a probe get the previous answer when there
 * is one) and answers from the last probe otherwise. The probe is one entitlements read of the customer id
 * [customerId] ([PROBE_CUSTOMER_ID] by default) on the edge, without retries, bypassing the entitlement cache; it counts in the client's
 * metrics as operation `health.probe`. Frameworks map it to their health model (the Spring Boot starter's `kelviq`
 * indicator does). Thread-safe; [check] blocks the calling thread for at most the client's timeout.
 */
public class KelviqHealthProbe internal constructor(
    private val core: KelviqCore,
    /** How long one probe's answer is reused. */
    public val cacheFor: Duration,
    /** The customer id whose entitlements the probe reads (visible at Kelviq as requests for that id). */
    public val customerId: String,
    private val nanoClock: NanoClock,
    private val wallClock: Clock,
) {
    /**
     * A probe of [core] whose answers are reused for [cacheFor] (positive), reading the entitlements of [customerId]
     * ([PROBE_CUSTOMER_ID] unless given; a single path-safe id, checked like every customer id).
     */
    @JvmOverloads
    public constructor(core: KelviqCore, cacheFor: Duration = DEFAULT_CACHE_FOR, customerId: String = PROBE_CUSTOMER_ID) :
        this(core, cacheFor, customerId, NanoClock.SYSTEM, Clock.systemUTC())

    init {
        require(!cacheFor.isNegative && !cacheFor.isZero) { "cacheFor must be positive, was $cacheFor" }
        Checks.id("customerId", customerId)
    }

    private val probeOperation = Operation(
        KelviqOperation.ENTITLEMENTS_GET_ALL_ENTITLEMENTS,
        query = listOf("customer_id" to customerId),
        decoder = ResponseDecoder { status, _ -> status },
        name = "health.probe",
    )

    private class Probed(val health: KelviqHealth, val atNanos: Long)

    private val probing = ReentrantLock()

    @Volatile private var last: Probed? = null

    /** The last probe's answer when it is younger than [cacheFor], else a new probe's; with the reporter's counters now. */
    public fun check(): KelviqHealth {
        val stats = core.services.reporting.stats()
        fresh()?.let { return it.withReporter(stats) }
        if (!probing.tryLock()) {
            last?.let { return it.health.withReporter(stats) }
            probing.lock()
        }
        try {
            val health = fresh() ?: probe().also { last = Probed(it, nanoClock.nanoTime()) }
            return health.withReporter(stats)
        } finally {
            probing.unlock()
        }
    }

    private fun fresh(): KelviqHealth? =
        last?.takeIf { nanoClock.nanoTime() - it.atNanos < cacheFor.toNanos() }?.health

    private fun probe(): KelviqHealth {
        val services = core.services
        val at = wallClock.instant()
        val started = nanoClock.nanoTime()
        fun answer(reason: KelviqHealth.Reason, httpStatus: Int?, error: Throwable?) = KelviqHealth(
            reason.status, reason, at, Duration.ofNanos(nanoClock.nanoTime() - started), httpStatus,
            error?.javaClass?.simpleName, services.reporting.stats(),
        )
        if (services.isClosed) return answer(KelviqHealth.Reason.CLOSED, null, null)
        return try {
            val status = runBlocking { services.transport.execute(probeOperation, NO_RETRIES.over(services.defaults)) }
            answer(KelviqHealth.Reason.OK, status, null)
        } catch (e: AuthenticationException) {
            answer(KelviqHealth.Reason.KEY_REJECTED, e.statusCode, e)
        } catch (e: PermissionDeniedException) {
            answer(KelviqHealth.Reason.KEY_REJECTED, e.statusCode, e)
        } catch (e: KelviqServiceException) {
            answer(if (e.statusCode >= 500) KelviqHealth.Reason.SERVER_ERROR else KelviqHealth.Reason.OK, e.statusCode, e)
        } catch (e: KelviqClosedException) {
            answer(KelviqHealth.Reason.CLOSED, null, e)
        } catch (e: Exception) {
            answer(KelviqHealth.Reason.UNREACHABLE, null, e)
        }
    }

    /** Never shows the API key. */
    override fun toString(): String = "KelviqHealthProbe(cacheFor=$cacheFor, customerId=$customerId, last=${last?.health})"

    /** Defaults. */
    public companion object {
        /** Answers are reused for 30 seconds unless told otherwise. */
        @JvmField
        public val DEFAULT_CACHE_FOR: Duration = Duration.ofSeconds(30)

        /** The customer id the probe reads entitlements of by default (one the API answers for without it existing). */
        public const val PROBE_CUSTOMER_ID: String = "kelviq-sdk-health-probe"

        private val NO_RETRIES = RequestOptions.maxRetries(0)
    }
}
