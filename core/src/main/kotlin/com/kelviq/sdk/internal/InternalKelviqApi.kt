package com.kelviq.sdk.internal

/**
 * Marks declarations that are public only so the SDK's own modules and tests can reach them.
 * They may change or vanish in any release.
 */
@RequiresOptIn(
    message = "Internal Kelviq SDK API: it may change without notice.",
    level = RequiresOptIn.Level.ERROR,
)
@Retention(AnnotationRetention.BINARY)
@Target(AnnotationTarget.CLASS, AnnotationTarget.FUNCTION, AnnotationTarget.PROPERTY)
public annotation class InternalKelviqApi
