package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.errors.KelviqDecodingException
import com.kelviq.sdk.errors.KelviqException
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.internal.transport.ErrorMapping
import com.kelviq.sdk.internal.transport.Method
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.transport.Redaction
import kotlinx.coroutines.CancellationException

/**
 * Stage 4, error mapping: what a final outcome becomes for the caller, the decoded model of a 2xx answer or
 * the SDK's exception for anything else, with the API key [redaction] applied to every text it quotes.
 */
internal class ResponseMapping(private val redaction: Redaction) {
    /**
     * The model of a 2xx [answer]; a body that does not decode is a [KelviqDecodingException]. A 2xx to a write means
     * the request was processed: when a field of its body cannot be read, the model is read without that field (what
     * could be read); when nothing can, the exception says so ([KelviqDecodingException.processed]) and is never resent.
     */
    fun <T> decode(op: Operation<T>, answer: Outcome.Answer): T = try {
        try {
            op.decoder.decode(answer.status, answer.body)
        } catch (e: Exception) {
            if (e is CancellationException || e is KelviqException || op.method == Method.GET) throw e
            PartialBody.decodeWithoutOneField(op.decoder, answer.status, answer.body) ?: throw e
        }
    } catch (e: CancellationException) {
        throw e
    } catch (e: KelviqException) {
        throw e
    } catch (e: Exception) {
        throw undecodable(op, answer, redaction.clean(e.message ?: e.javaClass.simpleName), redaction.standIn(e))
    } catch (e: StackOverflowError) {
        // kotlinx-serialization 1.9's tree reader recurses per nesting level: a hostile body nested thousands
        // of levels deep must fail as a decoding error, not as an Error that escapes every handler.
        throw undecodable(op, answer, "JSON nested too deeply", null)
    }

    /** The status's exception for a non-2xx [answer] (API.md "Errors"). */
    fun statusException(op: Operation<*>, url: String, answer: Outcome.Answer, attempts: Int, note: String? = null): KelviqException =
        ErrorMapping.toException(
            answer.status, redaction.cleanHeaders(answer.headers), redaction.clean(answer.body), op.method.name, url, attempts,
            redaction::clean, listOfNotNull(note, outsideSpecNote(op, answer.status)).joinToString("; ").ifEmpty { null },
        )

    /** For a 404 or 405 to an operation Kelviq's published API lacks: a hint that the server may not offer it. */
    private fun outsideSpecNote(op: Operation<*>, status: Int): String? =
        if (op.outsidePublishedSpec && (status == 404 || status == 405)) {
            "${op.name} is not in Kelviq's published API (its OpenAPI has no ${op.method} for this path): the server may not offer it"
        } else {
            null
        }

    /** A [KelviqIoException] ([KelviqTimeoutException] when it timed out) for a final [failure]. */
    fun failureException(op: Operation<*>, url: String, failure: Outcome.Failure, attempts: Int): KelviqIoException {
        val what = if (failure.timedOut) "timed out" else "failed"
        val tries = if (attempts > 1) " after $attempts attempts" else ""
        val detail = redaction.clean(failure.error.message ?: failure.error.javaClass.simpleName)
        val message = "${op.method} $url $what$tries: $detail"
        val maybe = !failure.notSent
        val cause = redaction.safeCause(failure.error)
        return if (failure.timedOut) {
            KelviqTimeoutException(message, cause, attempts, maybe)
        } else {
            KelviqIoException(message, cause, attempts, maybe)
        }
    }

    private fun undecodable(op: Operation<*>, answer: Outcome.Answer, why: String, cause: Throwable?): KelviqDecodingException {
        val quoted = ErrorMapping.truncate(redaction.clean(answer.body))
        val processed = op.method != Method.GET
        val note = if (processed) " (the server answered ${answer.status}: the request was processed; do not repeat it)" else ""
        return KelviqDecodingException(
            "Could not decode the ${answer.status} response of ${op.name}: $why$note", cause, answer.status, quoted.ifEmpty { null }, processed,
        )
    }
}
