package com.kelviq.sdk.internal.json

import kotlinx.serialization.json.Json

/**
 * The JSON settings of the SDK: unknown keys ignored, unset optional fields omitted,
 * a `null` where a default exists read as that default, snake_case alternative names accepted.
 */
internal val KelviqJson: Json = Json {
    ignoreUnknownKeys = true
    explicitNulls = false
    coerceInputValues = true
    encodeDefaults = false
    useAlternativeNames = true
}
