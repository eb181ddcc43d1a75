package com.kelviq.sdk.testkit

/** A checkout session the [KelviqTestServer] created on `POST /checkout/`. */
public class CheckoutSessionRecord internal constructor(
    /** The session's identifier, as answered. */
    public val checkoutSessionId: String,
    /** The checkout URL, as answered (not served by the test server). */
    public val checkoutUrl: String,
    /** The plan sent. */
    public val planIdentifier: String,
    /** The charge period sent, e.g. `MONTHLY`. */
    public val chargePeriod: String,
    /** The customer sent, or `null` when none was. */
    public val customerId: String?,
    /** The request body as received. */
    public val body: String,
) {
    override fun toString(): String =
        "CheckoutSessionRecord(checkoutSessionId=$checkoutSessionId, planIdentifier=$planIdentifier, " +
            "chargePeriod=$chargePeriod, customerId=$customerId)"
}
