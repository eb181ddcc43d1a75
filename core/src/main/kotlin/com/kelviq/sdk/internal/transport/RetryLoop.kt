package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.transport.Redaction
import com.kelviq.sdk.internal.transport.ResponseCapture
import com.kelviq.sdk.internal.transport.RetryPolicy
import java.time.Duration
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.delay
import org.slf4j.Logger

/**
 * Stage 3, the retry loop: attempts an operation until it answers 2xx, fails in a way its retry safety does
 * not allow to repeat, runs out of retries, or runs out of its [CallBudget]; logs every attempt at debug
 * (bodies at trace, redacted) and waits the backoff or `Retry-After` between attempts.
 */
internal class RetryLoop(
    private val config: KelviqConfig,
    private val retryPolicy: RetryPolicy,
    private val mapping: ResponseMapping,
    private val redaction: Redaction,
    private val log: Logger,
) {
    suspend fun <T> run(
        op: Operation<T>,
        request: PreparedRequest,
        options: RequestOptions,
        onRetry: (() -> Unit)?,
        attempt: suspend (timeout: Duration) -> Outcome,
    ): T {
        val url = request.url
        val budget = CallBudget(config.callTimeout)
        val maxRetries = options.maxRetries ?: config.maxRetries
        val timeout = options.timeout ?: config.timeout
        var made = 0
        while (true) {
            made++
            val left = budget.remaining()
            if (left.isNegative || left.isZero) {
                throw KelviqTimeoutException(
                    "${op.method} $url did not complete within the call timeout of ${budget.describe()} (${made - 1} attempts made)",
                    null,
                    made - 1,
                )
            }
            if (request.body != null && log.isTraceEnabled) log.trace("Kelviq {} {} request body: {}", op.method, url, redaction.clean(request.body))
            val started = System.nanoTime()
            val outcome = attempt(if (left < timeout) left else timeout)
            val elapsedMs = (System.nanoTime() - started) / 1_000_000
            when (outcome) {
                is Outcome.Answer -> {
                    log.debug("Kelviq {} {} -> {} in {} ms (attempt {}/{})", op.method, url, outcome.status, elapsedMs, made, maxRetries + 1)
                    if (log.isTraceEnabled) log.trace("Kelviq {} {} response body: {}", op.method, url, redaction.clean(outcome.body))
                    if (outcome.status in 200..299) {
                        currentCoroutineContext()[ResponseCapture]?.record(outcome.status, outcome.headers)
                        return mapping.decode(op, outcome)
                    }
                    val retryAfter = retryPolicy.retryAfter(outcome.headers["retry-after"]?.firstOrNull())
                    val wait = retryAfter ?: retryPolicy.backoff(made)
                    val mayRetry = made <= maxRetries &&
                        retryPolicy.retriesStatus(outcome.status, op.safety) &&
                        (retryAfter == null || retryAfter <= retryPolicy.maxRetryAfter) &&
                        budget.allows(wait)
                    if (!mayRetry) {
                        val tooLong = retryAfter != null && retryAfter > retryPolicy.maxRetryAfter && made <= maxRetries &&
                            retryPolicy.retriesStatus(outcome.status, op.safety)
                        throw mapping.statusException(op, url, outcome, made, if (tooLong) {
                            "not retried: the server asked to wait ${retryAfter!!.seconds} s (Retry-After), longer than the " +
                                "${retryPolicy.maxRetryAfter.seconds} s the SDK waits"
                        } else {
                            null
                        })
                    }
                    pause(wait, op, url, made, "HTTP ${outcome.status}")
                    onRetry?.invoke()
                }
                is Outcome.Failure -> {
                    // An engine's message may quote what the server sent (a status line), so the key too.
                    val why = redaction.clean(outcome.describe())
                    log.debug("Kelviq {} {} failed in {} ms (attempt {}/{}): {}", op.method, url, elapsedMs, made, maxRetries + 1, why)
                    val wait = retryPolicy.backoff(made)
                    if (made > maxRetries || !retryPolicy.retriesFailure(outcome.notSent, op.safety) || !budget.allows(wait)) {
                        throw mapping.failureException(op, url, outcome, made)
                    }
                    pause(wait, op, url, made, why)
                    onRetry?.invoke()
                }
            }
        }
    }

    private suspend fun pause(wait: Duration, op: Operation<*>, url: String, attempt: Int, why: String) {
        log.debug("Kelviq {} {}: retrying after {} ms ({}), attempt {} done", op.method, url, wait.toMillis(), why, attempt)
        if (!wait.isZero) delay(wait.toMillis())
    }
}
