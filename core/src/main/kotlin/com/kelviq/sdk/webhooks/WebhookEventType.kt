package com.kelviq.sdk.webhooks

/**
 * The event types Kelviq sends, and [UNKNOWN] for a type added later (its name stays in [WebhookEvent.type]).
 */
public enum class WebhookEventType(
    /** The type as sent, e.g. `subscription.updated`; `null` for [UNKNOWN]. */
    public val wireName: String?,
) {
    /** `checkout.completed`. */
    CHECKOUT_COMPLETED("checkout.completed"),

    /** `customer.created`. */
    CUSTOMER_CREATED("customer.created"),

    /** `customer.updated`. */
    CUSTOMER_UPDATED("customer.updated"),

    /** `order.created`. */
    ORDER_CREATED("order.created"),

    /** `order.updated`. */
    ORDER_UPDATED("order.updated"),

    /** `order.refunded`. */
    ORDER_REFUNDED("order.refunded"),

    /** `subscription.created`. */
    SUBSCRIPTION_CREATED("subscription.created"),

    /** `subscription.updated`. */
    SUBSCRIPTION_UPDATED("subscription.updated"),

    /** `subscription.cancelled`. */
    SUBSCRIPTION_CANCELLED("subscription.cancelled"),

    /** `subscription.plan_changed`. */
    SUBSCRIPTION_PLAN_CHANGED("subscription.plan_changed"),

    /** `feature.usage_alert`. */
    FEATURE_USAGE_ALERT("feature.usage_alert"),

    /** `invoice.created`. */
    INVOICE_CREATED("invoice.created"),

    /** `invoice.paid`. */
    INVOICE_PAID("invoice.paid"),

    /** `invoice.payment_failed`. */
    INVOICE_PAYMENT_FAILED("invoice.payment_failed"),

    /** `refund.created`. */
    REFUND_CREATED("refund.created"),

    /** `refund.updated`. */
    REFUND_UPDATED("refund.updated"),

    /** `payment_method.created`. */
    PAYMENT_METHOD_CREATED("payment_method.created"),

    /** `payment_method.updated`. */
    PAYMENT_METHOD_UPDATED("payment_method.updated"),

    /** `payment_method.deleted`. */
    PAYMENT_METHOD_DELETED("payment_method.deleted"),

    /** A type this SDK version does not know; never fatal. */
    UNKNOWN(null),
    ;

    /**
     * Whether an event of this type may change what the customer is entitled to (subscription, checkout,
     * customer, order and usage-alert events): a client handling it drops the customer's cached entitlements.
     */
    public val affectsEntitlements: Boolean
        get() = this in ENTITLEMENT_EVENTS

    /** Lookup. */
    public companion object {
        private val BY_NAME = values().filter { it.wireName != null }.associateBy { it.wireName!! }
        private val ENTITLEMENT_EVENTS = setOf(
            CHECKOUT_COMPLETED, CUSTOMER_CREATED, CUSTOMER_UPDATED, ORDER_CREATED, ORDER_UPDATED, ORDER_REFUNDED,
            SUBSCRIPTION_CREATED, SUBSCRIPTION_UPDATED, SUBSCRIPTION_CANCELLED, SUBSCRIPTION_PLAN_CHANGED, FEATURE_USAGE_ALERT,
        )

        /** The type named [wireName], or [UNKNOWN]. */
        @JvmStatic
        public fun of(wireName: String?): WebhookEventType = BY_NAME[wireName] ?: UNKNOWN
    }
}
