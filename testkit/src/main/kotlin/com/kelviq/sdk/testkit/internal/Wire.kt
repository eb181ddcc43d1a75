package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.time.Instant
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit

/** One request as the fake's handlers see it: decoded path segments and query, raw body. */
internal class Call(
    val method: String,
    val segments: List<String>,
    val query: Map<String, String>,
    val rawQuery: String?,
    val rawPath: String,
    val body: String,
    val contentType: String?,
)

/** What a handler answers: a status, a JSON body (or none) and extra headers. */
internal class Reply(val status: Int, val body: JsonElement?, val headers: Map<String, String> = emptyMap())

/** A contract violation or a missing resource: answered as [status] with [body]. */
internal class ApiError(val status: Int, val body: JsonElement) : RuntimeException(body.toString(), null, false, false) {
    companion object {
        /** 400 in the shape `{"key": ["message"]}`, the shape Kelviq uses for field errors. */
        fun field(key: String, message: String): ApiError =
            ApiError(400, JsonObject(mapOf(key to JsonArray(listOf(JsonPrimitive(message))))))

        /** A status with `{"detail": message}`. */
        fun detail(status: Int, message: String): ApiError = ApiError(status, buildJsonObject { put("detail", message) })

        fun notFound(what: String = "Not found."): ApiError = detail(404, what)
    }
}

/** Date-time formats of the Kelviq wire. */
internal object WireTimes {
    /** ISO instants with microseconds: `2025-06-04T06:03:30.195790Z` (customers, subscriptions). */
    val ISO_MICROS: DateTimeFormatter = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC)

    /** Zone-less UTC with microseconds: `2025-05-23 10:30:00.123456` (event and usage timestamps). */
    val MICROS: DateTimeFormatter = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC)

    /** Zone-less UTC to the second: `2025-05-22 08:27:45` (resetAt, trialEnd). */
    val SECONDS: DateTimeFormatter = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC)

    fun now(): Instant = Instant.now().truncatedTo(ChronoUnit.MICROS)
}

/** A fresh identifier: a random UUID without dashes, lower-case (32 hex chars). */
internal fun hex32(): String = java.util.UUID.randomUUID().toString().replace("-", "")
