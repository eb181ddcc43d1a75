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
}
