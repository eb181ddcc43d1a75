package com.kelviq.sdk.testkit

/** A usage report the [KelviqTestServer] accepted on `POST /report/usage/`, in arrival order. */
public class ReportedUsage internal constructor(
    /** The customer whose usage was reported. */
    public val customerId: String,
    /** The feature whose usage was reported. */
    public val featureId: String,
    /** The reported value. */
    public val value: Long,
    /** `SET` or `DELTA`. */
    public val behaviour: String,
    /** The resource id, when sent. */
    public val resourceId: String?,
) {
    override fun toString(): String =
        "ReportedUsage(customerId=$customerId, featureId=$featureId, value=$value, behaviour=$behaviour, resourceId=$resourceId)"
}
