package com.kelviq.sdk.internal.runtime

import com.kelviq.sdk.Environment
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.errors.KelviqValidationException
import java.time.Duration
import java.time.format.DateTimeParseException

/**
 * Reads `KelviqConfig` settings from environment variables (`KelviqConfig.fromEnv`). Each setting read is
 * remembered with its variable, so that a refusal at `build()` names the variable as well as the setting.
 */
internal object EnvSettings {
    /** The variable of each setting, in the order they are read. */
    val VARIABLES: Map<String, String> = linkedMapOf(
        "apiKey" to "KELVIQ_API_KEY",
        "environment" to "KELVIQ_ENVIRONMENT",
        "baseUrl" to "KELVIQ_BASE_URL",
        "edgeUrl" to "KELVIQ_EDGE_URL",
        "timeout" to "KELVIQ_TIMEOUT",
        "connectTimeout" to "KELVIQ_CONNECT_TIMEOUT",
        "callTimeout" to "KELVIQ_CALL_TIMEOUT",
        "maxRetries" to "KELVIQ_MAX_RETRIES",
        "webhookSecret" to "KELVIQ_WEBHOOK_SECRET",
    )

    /** Fills [builder] from [lookup]; blank variables count as unset. */
    fun apply(builder: KelviqConfig.Builder, lookup: (String) -> String?) {
        builder.fromEnvironment = true
        fun read(setting: String, set: (String) -> Unit) {
            val variable = VARIABLES.getValue(setting)
            val value = lookup(variable)?.trim()?.takeIf { it.isNotEmpty() } ?: return
            builder.settingsFromEnv += setting
            set(value)
        }
        read("apiKey") { builder.apiKey = it }
        read("environment") { name ->
            builder.environment = Environment.values().firstOrNull { it.name.equals(name, ignoreCase = true) }
                ?: throw refused("environment", "must be one of ${Environment.values().joinToString { it.name.lowercase() }}, was '$name'")
        }
        read("baseUrl") { builder.baseUrl = it }
        read("edgeUrl") { builder.edgeUrl = it }
        read("timeout") { builder.timeout = duration("timeout", it) }
        read("connectTimeout") { builder.connectTimeout = duration("connectTimeout", it) }
        read("callTimeout") { builder.callTimeout = duration("callTimeout", it) }
        read("maxRetries") { builder.maxRetries = it.toIntOrNull() ?: throw refused("maxRetries", "must be a whole number, was '$it'") }
        read("webhookSecret") { builder.webhookSecret = it }
    }

    /** [e] with the environment variable of its setting named, when that setting was read from the environment. */
    fun withVariable(e: KelviqValidationException, settingsFromEnv: Set<String>, fromEnvironment: Boolean): KelviqValidationException {
        val variable = VARIABLES[e.field] ?: return e
        return when {
            e.field in settingsFromEnv -> KelviqValidationException(e.field, "${e.reason} (read from the environment variable $variable)")
            fromEnvironment && e.field == "apiKey" -> KelviqValidationException(e.field, "${e.reason}: set the environment variable $variable")
            else -> e
        }
    }

    private fun refused(setting: String, reason: String) =
        KelviqValidationException(setting, "$reason (read from the environment variable ${VARIABLES.getValue(setting)})")

    /** `PT5S` (ISO-8601), or a number with a unit: `500ms`, `5s`, `2m`; a bare number is seconds. */
    private fun duration(setting: String, text: String): Duration {
        val unit = Regex("""^(\d+(?:\.\d+)?)\s*(ms|s|m)?$""", RegexOption.IGNORE_CASE).matchEntire(text)
        if (unit != null) {
            val amount = unit.groupValues[1].toBigDecimal()
            val millis = when (unit.groupValues[2].lowercase()) {
                "ms" -> amount
                "m" -> amount.multiply(60_000.toBigDecimal())
                else -> amount.multiply(1_000.toBigDecimal())
            }
            return Duration.ofMillis(millis.toLong())
        }
        return try {
            Duration.parse(text)
        } catch (e: DateTimeParseException) {
            throw refused(setting, "must be a duration such as 5s, 500ms, 2m or PT5S, was '$text'")
        }
    }
}
