package com.kelviq.sdk.conformance

/**
 * The published document's own defects that the conformance check meets, in one place, each with its reason
 * (`../shared/openapi/README.md` lists them). Nothing is skipped for them: the examples are still decoded, and the
 * check fails when one of these is no longer invalid (the document was fixed) or another one is.
 */
object KnownDefects {
    /** Examples of answers that their own schema refuses (`operationId/example name`). */
    val INVALID_EXAMPLES: Map<String, String> = mapOf(
        "getCustomerEntitlements/allFeaturesExample" to "resetAt is null, which EntitlementDetail.resetAt does not allow (not nullable)",
        "licenseActivate/example" to "instanceId is not a UUID although its schema says format: uuid",
    )

    /**
     * Not a defect of the document but the SDK's stated limit, listed here so that it is seen: an integer the document
     * declares without a range (`count`, `trialDaysRemaining`, `organizationId`, ...) is read into the `Long`/`Int`
     * of the public API, so a value beyond that type's range reads as its nearest bound (README "Reliability").
     */
    fun heldAtBound(sent: java.math.BigDecimal, read: Any): Boolean = when (read) {
        is Long -> (sent > java.math.BigDecimal.valueOf(Long.MAX_VALUE) && read == Long.MAX_VALUE) ||
            (sent < java.math.BigDecimal.valueOf(Long.MIN_VALUE) && read == Long.MIN_VALUE)
        is Int -> (sent > java.math.BigDecimal.valueOf(Int.MAX_VALUE.toLong()) && read == Int.MAX_VALUE) ||
            (sent < java.math.BigDecimal.valueOf(Int.MIN_VALUE.toLong()) && read == Int.MIN_VALUE)
        else -> false
    }
}
