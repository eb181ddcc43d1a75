package com.kelviq.sdk.model

/** The billing cycle of a plan purchase. Sent as its name, e.g. `MONTHLY`. */
public enum class ChargePeriod {
    /** A single payment (also used for free plans). */
    ONE_TIME,
    /** Every month. */
    MONTHLY,
    /** Every year. */
    YEARLY,
    /** Every week. */
    WEEKLY,
    /** Every day. */
    DAILY,
    /** Every 28 days. */
    TWENTY_EIGHT_DAYS,
    /** Every three months. */
    THREE_MONTHS,
    /** Every six months. */
    SIX_MONTHS,
}

/** How a usage report changes the recorded usage. */
public enum class UsageBehaviour {
    /** Replace the usage with the reported value. Safe to repeat. */
    SET,
    /** Add the reported value to the usage. Repeating it counts it twice. */
    DELTA,
}

/** When a cancellation takes effect. */
public enum class CancellationType {
    /** Now. */
    IMMEDIATE,
    /** At the end of the current billing period. */
    CURRENT_PERIOD_ENDS,
    /** On the given `cancellationDate` (required exactly for this type). */
    SPECIFIC_DATE,
}

/** Why the customer cancels, as Kelviq records it. */
public enum class CancellationFeedback {
    /** Too expensive. */
    TOO_EXPENSIVE,
    /** Missing features. */
    MISSING_FEATURES,
    /** Switched to another service. */
    SWITCHED_SERVICE,
    /** Not used enough. */
    UNUSED,
    /** Unhappy with customer service. */
    CUSTOMER_SERVICE,
    /** Quality was too low. */
    LOW_QUALITY,
    /** Too complex to use. */
    TOO_COMPLEX,
    /** Another reason (see the comment). */
    OTHER,
}

/** How taxes apply to a checkout's custom amount. */
public enum class TaxBehavior {
    /** Tax is included in the amount. */
    INCLUSIVE,
    /** Tax is added on top of the amount. */
    EXCLUSIVE,
}

/** How a subscription change is activated. Sent as [wireValue]. */
public enum class PaymentBehavior(
    /** The value sent on the wire. */
    public val wireValue: String,
) {
    /** Activate the change once the payment succeeds: `activate_on_payment`. */
    ACTIVATE_ON_PAYMENT("activate_on_payment"),
}
