package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.errors.AuthenticationException
import com.kelviq.sdk.errors.BadRequestException
import com.kelviq.sdk.errors.ConflictException
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.KelviqServiceException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.errors.PermissionDeniedException
import com.kelviq.sdk.errors.RateLimitException
import com.kelviq.sdk.errors.UnexpectedStatusException
import com.kelviq.sdk.errors.UnprocessableEntityException
import com.kelviq.sdk.internal.json.KelviqJson
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Maps a non-2xx response to its exception, parsing Kelviq's several error body shapes. */
internal object ErrorMapping {
    /** Longest part of a body quoted in a message. */
    const val MAX_QUOTED = 1024

    fun toException(
        status: Int,
        headers: Map<String, List<String>>,
        rawBody: String?,
        method: String,
        url: String,
        attempts: Int,
        /** Applied to what is read out of the body too: a JSON string may hold the key in an escaped form. */
        clean: (String) -> String = { it },
        /** Appended to the message: why the SDK did not retry, when that is not plain from the status. */
        note: String? = null,
    ): KelviqServiceException {
        val read = parse(rawBody)
        val parsed = Parsed(read.message?.let(clean), read.fieldErrors.entries.associate { (k, v) -> clean(k) to v.map(clean) })
        val message = truncate(parsed.message ?: reasonPhrase(status)).let { if (note == null) it else "$it ($note)" }
        val body = rawBody?.takeIf { it.isNotEmpty() }
        return when {
            status == 400 -> BadRequestException(status, headers, body, message, parsed.fieldErrors, method, url, attempts)
            status == 401 -> AuthenticationException(status, headers, body, message, parsed.fieldErrors, method, url, attempts)
            status == 403 -> PermissionDeniedException(status, headers, body, message, parsed.fieldErrors, method, url, attempts)
            status == 404 -> NotFoundException(status, headers, body, message, parsed.fieldErrors, method, url, attempts)
            status == 409 -> ConflictException(status, headers, body, message, parsed.fieldErrors, method, url, attempts)
            status == 422 -> UnprocessableEntityException(status, headers, body, message, parsed.fieldErrors, method, url, attempts)
            status == 429 -> RateLimitException(status, headers, body, message, parsed.fieldErrors, method, url, attempts)
            status in 500..599 -> InternalServerException(status, headers, body, message, parsed.fieldErrors, method, url, attempts)
            else -> UnexpectedStatusException(status, headers, body, message, parsed.fieldErrors, method, url, attempts)
        }
    }

    /** A best-effort message and field errors read from an error body. */
    class Parsed(val message: String?, val fieldErrors: Map<String, List<String>>)

    fun parse(rawBody: String?): Parsed = try {
        parseUnguarded(rawBody)
    } catch (e: StackOverflowError) {
        Parsed(null, emptyMap()) // nested too deeply to read (kotlinx-serialization 1.9 recurses per level); the raw body is kept
    }

    private fun parseUnguarded(rawBody: String?): Parsed {
        if (rawBody.isNullOrBlank()) return Parsed(null, emptyMap())
        val element = try {
            KelviqJson.parseToJsonElement(rawBody)
        } catch (e: Exception) {
            return Parsed(plainTextMessage(rawBody), emptyMap())
        }
        return when (element) {
            is JsonObject -> parseObject(element)
            is JsonArray -> Parsed(element.mapNotNull { text(it) }.joinToString("; ").ifEmpty { null }, emptyMap())
            is JsonPrimitive -> Parsed(text(element), emptyMap())
        }
    }

    private val MESSAGE_KEYS = listOf("detail", "message", "error", "error_description", "errors")

    private fun parseObject(obj: JsonObject): Parsed {
        var message: String? = null
        for (key in MESSAGE_KEYS) {
            val value = obj[key] ?: continue
            message = when (value) {
                is JsonObject -> text(value["message"]) ?: text(value["detail"]) ?: value.toString()
                else -> text(value)
            }
            if (message != null) break
        }
        val fieldErrors = LinkedHashMap<String, List<String>>()
        for ((key, value) in obj) {
            if (key in MESSAGE_KEYS || key == "status" || key == "code") continue
            when (value) {
                is JsonArray -> value.mapNotNull { text(it) }.takeIf { it.isNotEmpty() }?.let { fieldErrors[key] = it }
                is JsonPrimitive -> if (value.isString) fieldErrors[key] = listOf(value.content)
                else -> Unit
            }
        }
        (obj["errors"] as? JsonObject)?.forEach { (key, value) ->
            when (value) {
                is JsonArray -> value.mapNotNull { text(it) }.takeIf { it.isNotEmpty() }?.let { fieldErrors[key] = it }
                is JsonPrimitive -> fieldErrors[key] = listOf(value.content)
                else -> Unit
            }
        }
        if (message == null && fieldErrors.isNotEmpty()) {
            message = fieldErrors.entries.joinToString("; ") { (k, v) -> "$k: ${v.joinToString(", ")}" }
        }
        if (message == null) message = text(obj["status"])
        return Parsed(message, fieldErrors)
    }

    private fun text(element: JsonElement?): String? = when (element) {
        null, is JsonNull -> null
        is JsonPrimitive -> element.content.takeIf { it.isNotBlank() }
        is JsonArray -> element.mapNotNull { text(it) }.joinToString("; ").ifEmpty { null }
        is JsonObject -> element.toString()
    }

    private fun plainTextMessage(body: String): String? {
        val trimmed = body.trim()
        if (trimmed.startsWith("<")) return null // an HTML error page: the reason phrase says more
        return trimmed.lineSequence().firstOrNull()?.takeIf { it.isNotBlank() }
    }

    fun truncate(text: String): String =
        if (text.length <= MAX_QUOTED) text else text.substring(0, MAX_QUOTED) + "... (truncated)"

    fun reasonPhrase(status: Int): String = when (status) {
        400 -> "Bad Request"
        401 -> "Unauthorized"
        403 -> "Forbidden"
        404 -> "Not Found"
        405 -> "Method Not Allowed"
        408 -> "Request Timeout"
        409 -> "Conflict"
        410 -> "Gone"
        413 -> "Payload Too Large"
        422 -> "Unprocessable Entity"
        429 -> "Too Many Requests"
        500 -> "Internal Server Error"
        502 -> "Bad Gateway"
        503 -> "Service Unavailable"
        504 -> "Gateway Timeout"
        else -> "HTTP status $status"
    }
}
