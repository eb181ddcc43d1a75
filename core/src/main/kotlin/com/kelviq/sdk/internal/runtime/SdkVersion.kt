package com.kelviq.sdk.internal.runtime

import java.util.Properties

/** The SDK's version, read from the jar's `kelviq-sdk.properties` (filled in by Maven). */
internal object SdkVersion {
    val value: String by lazy {
        val props = Properties()
        SdkVersion::class.java.getResourceAsStream("/com/kelviq/sdk/kelviq-sdk.properties")?.use { props.load(it) }
        props.getProperty("version")?.takeIf { it.isNotBlank() && !it.startsWith("\${") } ?: "dev"
    }

    /** The `User-Agent` header value: `kelviq-sdk-jvm/<version>`. */
    val userAgent: String by lazy { "kelviq-sdk-jvm/$value" }
}
