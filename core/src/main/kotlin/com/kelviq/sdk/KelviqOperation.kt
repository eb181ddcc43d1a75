package com.kelviq.sdk

import com.kelviq.sdk.internal.transport.Host
import com.kelviq.sdk.internal.transport.Method
import com.kelviq.sdk.internal.transport.Method.DELETE
import com.kelviq.sdk.internal.transport.Method.GET
import com.kelviq.sdk.internal.transport.Method.PATCH
import com.kelviq.sdk.internal.transport.Method.POST
import com.kelviq.sdk.internal.transport.RetrySafety
import com.kelviq.sdk.internal.transport.RetrySafety.IDEMPOTENT
import com.kelviq.sdk.internal.transport.RetrySafety.NON_IDEMPOTENT

/**
 * Every operation of the SDK, with its contract written once: what it sends, what it returns, what it
 * throws and when it is retried. Each flavour has a method of the same name in the same area ([area]) whose
 * documentation links here; the flavours only
 * differ in how the result is delivered:
 * - coroutines (`KelviqClient`): a `suspend` function; cancelling the caller aborts the HTTP exchange;
 *   `listAll` is a cold `Flow`;
 * - Reactor (`ReactorKelviqClient`): a cold `Mono` (nothing is sent before subscription, each subscription
 *   sends again; disposing cancels); `listAll` is a `Flux` that fetches pages on demand;
 * - Java blocking (`KelviqBlockingClient`): the calling thread waits; failures are thrown as they are;
 *   interrupting the thread cancels the call, keeps the interrupt flag and throws a `KelviqIoException`;
 *   `listAll` is a lazy `Iterable`;
 * - Java async (`KelviqAsyncClient`): a `CompletableFuture` that completes exceptionally with the same
 *   exception (invalid input too); cancelling it aborts the exchange; `listAll` is an `AsyncPageCursor`
 *   fetching one page per `nextPage()`; `getEntitlement` gives an `Optional` in both Java flavours.
 *
 * Common to every operation that calls the API:
 * - Input is checked before anything is sent: a `KelviqValidationException` names the field.
 * - A non-2xx answer raises the status's `KelviqServiceException` subclass (`NotFoundException` for 404, ...);
 *   the network failing raises a `KelviqIoException` (`KelviqTimeoutException` past the timeout).
 * - Retries (up to [KelviqConfig.maxRetries] or [RequestOptions.maxRetries], with jittered backoff or the
 *   server's `Retry-After`, within [KelviqConfig.callTimeout]): an *idempotent* operation is retried on 408,
 *   429, 5xx and network failures; a *non-idempotent* one only on 429 and on failures that surely happened
 *   before the request was sent, so it is never repeated once it may have been processed.
 * - Answers are read tolerantly (README "Reliability"): a field the published OpenAPI types as a plain string keeps
 *   its text (`createdOnText`) beside the typed reading (`createdOn`, `null` when the text is no date); only what the
 *   operation needs (ids; an entitlement entry's `featureId`, and `hasAccess` unless it is a `METER`) fails a 2xx answer, with a
 *   `KelviqDecodingException` naming the field. A 2xx to a write was processed: a field that cannot be read is left
 *   out of the model; when nothing can be read, the `KelviqDecodingException` says so (`processed`) and the SDK never
 *   resends it.
 * - [RequestOptions] override the timeout, retries and headers of one call.
 * - On a closed client every operation that calls the API fails at once with a `KelviqClosedException`,
 *   without sending or retrying, and so does a call in flight when the client closes. `enqueueUsage` and
 *   `enqueueEvent` instead hand the report to the failure handler (reason `CLOSED`) and return `false`,
 *   so a report enqueued during shutdown still reaches the handler.
 *
 * [id] is the operation's stable name (`customers.create`), as in logs.
 */
public enum class KelviqOperation(
    /** The stable name of the operation: its area and method, `customers.create`. */
    public val id: String,
    /** The HTTP method it sends; `null` for an operation answered without a request of its own (`listAll`, `flush`). */
    internal val httpMethod: Method? = null,
    /** The path template after `/api/{version}`, `/customers/{customerId}/`; `null` with [httpMethod]. */
    internal val pathTemplate: String? = null,
    /** Whether a retry may repeat it; `null` with [httpMethod]. */
    internal val retrySafety: RetrySafety? = null,
    /** The base URL it is sent to. */
    internal val host: Host = Host.API,
    /** Kelviq's published OpenAPI lacks it (the official SDKs offer it): a 404 or 405 answer says so in its message. */
    internal val outsidePublishedSpec: Boolean = false,
) {
    /**
     * Creates a customer: `POST /customers/` with the params as JSON; returns the created `Customer`.
     * Non-idempotent (a repeat could create twice). `ConflictException` (409) when the id is taken.
     */
    CUSTOMERS_CREATE("customers.create", POST, "/customers/", NON_IDEMPOTENT),

    /**
     * Retrieves a customer by your identifier: `GET /customers/{customerId}/`; returns the `Customer`.
     * Idempotent. `NotFoundException` when there is no such customer.
     * Not in Kelviq's published OpenAPI (it has no such path; the official SDKs offer it): a 404 or 405 answer
     * says so in its message.
     */
    CUSTOMERS_RETRIEVE("customers.retrieve", GET, "/customers/{customerId}/", IDEMPOTENT, outsidePublishedSpec = true),

    /**
     * Updates the fields set in the params (a partial update; fields left unset are not sent):
     * `PATCH /customers/{customerId}/`; returns the updated `Customer`. Idempotent.
     */
    CUSTOMERS_UPDATE("customers.update", PATCH, "/customers/{customerId}/", IDEMPOTENT),

    /**
     * One page of customers: `GET /customers/?page=&page_size=&search=` (only the params set are sent);
     * returns a `CustomerPage` with the total `count`, `next`/`previous` links and `results`. Idempotent.
     */
    CUSTOMERS_LIST("customers.list", GET, "/customers/", IDEMPOTENT),

    /**
     * Every customer matching the params, page after page, fetched lazily: nothing is fetched before the
     * first item is asked for, and the next page only once the previous one has been consumed (so taking
     * the first n items fetches only the pages they need). The params' `page` is ignored. Each page is a
     * [CUSTOMERS_LIST] call with its own retries.
     */
    CUSTOMERS_LIST_ALL("customers.listAll"),

    /**
     * Archives (soft-deletes) a customer: `DELETE /customers/{customerId}/`; returns an `ArchiveResult`
     * (an empty 2xx body gives one without message). Idempotent.
     * Not in Kelviq's published OpenAPI (it has no such path; the official SDKs offer it): a 404 or 405 answer
     * says so in its message.
     */
    CUSTOMERS_ARCHIVE("customers.archive", DELETE, "/customers/{customerId}/", IDEMPOTENT, outsidePublishedSpec = true),

    /**
     * Creates a checkout session: `POST /checkout/` with the params as JSON; returns the `CheckoutSession`
     * whose `checkoutUrl` the customer is sent to. Non-idempotent.
     */
    CHECKOUT_CREATE_SESSION("checkout.createSession", POST, "/checkout/", NON_IDEMPOTENT),

    /**
     * One page of checkout sessions: `GET /checkout/sessions/?search=&status=&start_date=&end_date=&page=&page_size=`
     * (only the params set, dates as `yyyy-MM-dd`); returns a `CheckoutSessionPage`. Idempotent.
     */
    CHECKOUT_LIST_SESSIONS("checkout.listSessions", GET, "/checkout/sessions/", IDEMPOTENT),

    /** Every checkout session matching the params, fetched lazily page after page, like [CUSTOMERS_LIST_ALL]. */
    CHECKOUT_LIST_ALL_SESSIONS("checkout.listAllSessions"),

    /**
     * Retrieves a checkout session with the order, subscription and payment method it produced:
     * `GET /checkout/sessions/{sessionId}/`; `NotFoundException` when there is none. Idempotent.
     */
    CHECKOUT_RETRIEVE_SESSION("checkout.retrieveSession", GET, "/checkout/sessions/{sessionId}/", IDEMPOTENT),

    /** One page of a checkout session's events: `GET /checkout/sessions/{sessionId}/events/?page=&page_size=`. Idempotent. */
    CHECKOUT_LIST_SESSION_EVENTS("checkout.listSessionEvents", GET, "/checkout/sessions/{sessionId}/events/", IDEMPOTENT),

    /** Every event of a checkout session, fetched lazily page after page, like [CUSTOMERS_LIST_ALL]. */
    CHECKOUT_LIST_ALL_SESSION_EVENTS("checkout.listAllSessionEvents"),

    /**
     * Charges a one-time payment to the customer's default payment method: `POST /charges/` with
     * `{planIdentifier, chargePeriod: ONE_TIME, customerId, features?, currencyCode?, ipAddress?}`; returns the
     * `Charge` (201). It moves money, so it is non-idempotent: never repeated once the request may have been
     * processed (a 5xx or a timeout is returned as is: check the customer's orders before charging again).
     * `BadRequestException` (400) when the customer has no default payment method or the charge is declined.
     */
    CHARGES_CREATE("charges.create", POST, "/charges/", NON_IDEMPOTENT),

    /**
     * Refunds an order, wholly or in part: `POST /refunds/` with `{orderId, amountUnits? | amount?, reason?,
     * internalNote?}` (an amount in minor units or in major units, not both, positive; neither: what is left of
     * the order); returns the `Refund`. It moves money, so it is non-idempotent: never repeated once the
     * request may have been processed. `BadRequestException` (400) for an unknown order or an amount above what
     * is left of it.
     */
    REFUNDS_CREATE("refunds.create", POST, "/refunds/", NON_IDEMPOTENT),

    /**
     * One page of refunds: `GET /refunds/?search=&status=&start_date=&end_date=&page=&page_size=` (only the params
     * set are sent; dates as `yyyy-MM-dd`); returns a `RefundPage`. Idempotent.
     */
    REFUNDS_LIST("refunds.list", GET, "/refunds/", IDEMPOTENT),

    /** Every refund matching the params, fetched lazily page after page, like [CUSTOMERS_LIST_ALL]. */
    REFUNDS_LIST_ALL("refunds.listAll"),

    /** Retrieves a refund: `GET /refunds/{refundId}/`; `NotFoundException` when there is none. Idempotent. */
    REFUNDS_RETRIEVE("refunds.retrieve", GET, "/refunds/{refundId}/", IDEMPOTENT),

    /**
     * Activates a license on one instance: `POST /license/activate/` with `{licenseKey, customerId?, instanceName?,
     * metadata?}`; returns the `LicenseActivation` (201) whose `instanceId` identifies the instance. It takes one of
     * the license's activations, so it is non-idempotent: never repeated once possibly processed.
     * `PermissionDeniedException` (403) when the license expired or its activation limit is reached,
     * `NotFoundException` (404) for an unknown key or customer.
     */
    LICENSES_ACTIVATE("licenses.activate", POST, "/license/activate/", NON_IDEMPOTENT),

    /**
     * Releases an activated instance: `POST /license/deactivate/` with `{licenseKey, instanceId}`; returns the
     * `LicenseDeactivation`. Repeat-safe, retried as idempotent. `NotFoundException` for an unknown pair.
     */
    LICENSES_DEACTIVATE("licenses.deactivate", POST, "/license/deactivate/", IDEMPOTENT),

    /**
     * Checks a license, and an instance when given: `POST /license/validate/` with `{licenseKey, instanceId?}`;
     * returns the `LicenseValidation` (`valid`, `code`, `detail`, `metadata`, `license`). Idempotent.
     * `NotFoundException` for an unknown key or instance.
     */
    LICENSES_VALIDATE("licenses.validate", POST, "/license/validate/", IDEMPOTENT),

    /**
     * One page of transactions (charges, refunds, chargebacks, payouts, ...):
     * `GET /transaction/?search=&status=&start_date=&end_date=&page=&page_size=` (only the params set are sent; the
     * status lower-case, dates as `yyyy-MM-dd`); returns a `TransactionPage`. Idempotent.
     */
    TRANSACTIONS_LIST("transactions.list", GET, "/transaction/", IDEMPOTENT),

    /** Every transaction matching the params, fetched lazily page after page, like [CUSTOMERS_LIST_ALL]. */
    TRANSACTIONS_LIST_ALL("transactions.listAll"),

    /**
     * Creates a customer portal session: `POST /portal/session/` with `{customerId}`; returns the
     * `PortalSession` (`token`, `email`, `customerPortalUrl`, and `signedUrl()`: the link to send the customer
     * to). Repeat-safe (a second session is harmless), so retried as idempotent. `BadRequestException` (400)
     * when the customer does not exist or has no e-mail address.
     */
    PORTAL_CREATE_SESSION("portal.createSession", POST, "/portal/session/", IDEMPOTENT),

    /**
     * Whether the customer may use the feature now, by the aggregation rule of `Entitlement.hasAccess`;
     * `false` when the customer has no entry for the feature.
     *
     * With the entitlement cache on (the default, see [EntitlementCacheConfig]) it is answered from the
     * customer's snapshot (`GET /entitlements/?customer_id=` on the edge host): a fresh snapshot answers
     * without I/O (the future is already complete, the `Mono` emits at once); concurrent misses for one
     * customer share one request; a stale snapshot is served while it is refreshed in the background, and
     * when the refresh fails with a network error or a 5xx. With the cache off, each call sends
     * `GET /entitlements/?customer_id=&feature_id=`. Idempotent.
     */
    ENTITLEMENTS_HAS_ACCESS("entitlements.hasAccess", GET, "/entitlements/", IDEMPOTENT, host = Host.EDGE),

    /**
     * The aggregated `Entitlement` of one feature, or `null` (an empty `Mono`, a `null` result) when the
     * customer has no entry for it. Served like [ENTITLEMENTS_HAS_ACCESS] (`GET /entitlements/?customer_id=` on the edge
     * host, with `&feature_id=` when the cache is off). Idempotent.
     */
    ENTITLEMENTS_GET_ENTITLEMENT("entitlements.getEntitlement", GET, "/entitlements/", IDEMPOTENT, host = Host.EDGE),

    /**
     * Every entitlement of the customer: `CustomerEntitlements`, the raw entries with aggregated views per
     * feature. Served from the cache like [ENTITLEMENTS_HAS_ACCESS]; with the cache off each call sends
     * `GET /entitlements/?customer_id=` to the edge host. Idempotent.
     */
    ENTITLEMENTS_GET_ALL_ENTITLEMENTS("entitlements.getAllEntitlements", GET, "/entitlements/", IDEMPOTENT, host = Host.EDGE),

    /**
     * Drops the customer's cached snapshot, so the next check asks the server (the old snapshot is kept
     * only as a fallback should that request fail with a network error or a 5xx). Returns at once, sends
     * nothing; a no-op when the cache is off.
     */
    ENTITLEMENTS_INVALIDATE("entitlements.invalidate"),

    /** [ENTITLEMENTS_INVALIDATE] for every cached customer. Returns at once, sends nothing. */
    ENTITLEMENTS_INVALIDATE_ALL("entitlements.invalidateAll"),

    /**
     * Reports pre-aggregated usage: `POST /report/usage/`; returns the `UsageReport`. A `DELTA` report is
     * non-idempotent (it is never repeated once it may have been counted); a `SET` report is retried as idempotent. Once the server
     * accepts it, a cached snapshot of the customer takes the new usage at once (`SET` replaces the feature's
     * usage, `DELTA` adds to it; `remaining` and `hasAccess` follow), with no extra request; the next refresh
     * from the server wins. When it fails (a failed write may still have landed), or the customer has no cached
     * `METER` entry for the feature, the customer's cached entitlements are invalidated instead.
     */
    REPORTING_REPORT_USAGE("reporting.reportUsage", POST, "/report/usage/", NON_IDEMPOTENT),

    /**
     * Reports a raw event: `POST /report/event/`; returns the `EventReport`. Retried as idempotent: the
     * event's idempotency key (fixed when its params were built) is sent on every attempt, so the server
     * counts it once. Success or failure, it invalidates the customer's cached entitlements.
     * Not in Kelviq's published OpenAPI (it has no such path; the official SDKs offer it): a 404 or 405 answer
     * says so in its message.
     */
    REPORTING_REPORT_EVENT("reporting.reportEvent", POST, "/report/event/", IDEMPOTENT, outsidePublishedSpec = true),

    /**
     * Hands a usage report to the background reporter ([ReporterConfig]) and returns at once (unless
     * [ReporterConfig.enqueueTimeout] is positive and the queue is full: then the calling thread waits up to
     * that long). It is sent with the rules of [REPORTING_REPORT_USAGE]; if it is refused (queue full) or fails
     * after every retry it goes to [ReporterConfig.failureHandler]: nothing is dropped silently.
     * Returns `true` if queued, `false` if refused (already handed to the failure handler).
     */
    REPORTING_ENQUEUE_USAGE("reporting.enqueueUsage"),

    /** [REPORTING_ENQUEUE_USAGE] for an event, sent with the rules of [REPORTING_REPORT_EVENT]. */
    REPORTING_ENQUEUE_EVENT("reporting.enqueueEvent"),

    /**
     * Waits until every report enqueued before the call has been sent or handed to the failure handler, or
     * until the timeout passes: `true` when everything was settled in time, `false` on timeout. In fleet mode it
     * first settles the in-memory queue, then waits for the shared spool to empty; it returns `false` at once when
     * the spool cannot be read (Redis away: what is spooled cannot be confirmed). Cancelling the wait does not stop
     * the sending. The timeout is 0 (do not wait) up to 1 hour, the range of [ReporterConfig.closeTimeout]; outside
     * it a [com.kelviq.sdk.errors.KelviqValidationException] names `timeout`.
     */
    REPORTING_FLUSH("reporting.flush"),

    /** The background reporter's counters now (`ReporterStats`): enqueued, sent, retried, failed, rejected, queued, in flight. */
    REPORTING_STATS("reporting.stats"),

    /**
     * Changes a subscription's plan: `POST /subscriptions/{subscriptionId}/update/`; returns the
     * `SubscriptionUpdate`. Idempotent (the same change applied twice leaves the same plan).
     */
    SUBSCRIPTIONS_UPDATE("subscriptions.update", POST, "/subscriptions/{subscriptionId}/update/", IDEMPOTENT),

    /**
     * Cancels a subscription: `POST /subscriptions/{subscriptionId}/cancel/`; returns the
     * `SubscriptionCancellation`. Idempotent.
     */
    SUBSCRIPTIONS_CANCEL("subscriptions.cancel", POST, "/subscriptions/{subscriptionId}/cancel/", IDEMPOTENT),

    /**
     * One page of subscriptions: `GET /subscriptions/?customer_id=&status=&page=&page_size=` (only the params
     * set are sent); returns a `SubscriptionPage`. Idempotent.
     */
    SUBSCRIPTIONS_LIST("subscriptions.list", GET, "/subscriptions/", IDEMPOTENT),

    /** Every subscription matching the params, fetched lazily page after page, like [CUSTOMERS_LIST_ALL]. */
    SUBSCRIPTIONS_LIST_ALL("subscriptions.listAll"),

    /**
     * Retrieves a subscription: `GET /subscriptions/{subscriptionId}/`; returns the `Subscription`.
     * Idempotent. `NotFoundException` when there is no such subscription.
     */
    SUBSCRIPTIONS_RETRIEVE("subscriptions.retrieve", GET, "/subscriptions/{subscriptionId}/", IDEMPOTENT),

    /**
     * Creates a subscription: `POST /subscriptions/create/`; returns the `Subscription`. Non-idempotent
     * (a repeat could subscribe twice).
     */
    SUBSCRIPTIONS_CREATE("subscriptions.create", POST, "/subscriptions/create/", NON_IDEMPOTENT),

    /**
     * A product's offering (plans and prices in the customer's currency): `GET /monetization/product-offering/{productId}/`
     * with `customer_id`, `plans_enabled` (comma-joined) and `ip_address` when set; the product id must be a UUID.
     * `NotFoundException` for an unknown product. Idempotent.
     */
    OFFERINGS_RETRIEVE("offerings.retrieve", GET, "/monetization/product-offering/{productId}/", IDEMPOTENT),

    /** One page of saved payment methods: `GET /payment-methods/?customer_id=&customer_email=&page=&page_size=`. Idempotent. */
    PAYMENT_METHODS_LIST("paymentMethods.list", GET, "/payment-methods/", IDEMPOTENT),

    /** Every payment method matching the params, fetched lazily page after page, like [CUSTOMERS_LIST_ALL]. */
    PAYMENT_METHODS_LIST_ALL("paymentMethods.listAll"),

    /**
     * One page of orders: `GET /orders/?search=&status=&billing_type=&is_renewal=&start_date=&end_date=&page=&page_size=`
     * (only the params set); returns an `OrderPage`. Idempotent.
     */
    ORDERS_LIST("orders.list", GET, "/orders/", IDEMPOTENT),

    /** Every order matching the params, fetched lazily page after page, like [CUSTOMERS_LIST_ALL]. */
    ORDERS_LIST_ALL("orders.listAll"),

    /** Retrieves an order: `GET /orders/{orderId}/`; `NotFoundException` when there is none. Idempotent. */
    ORDERS_RETRIEVE("orders.retrieve", GET, "/orders/{orderId}/", IDEMPOTENT),

    /** One page of an order's events: `GET /orders/{orderId}/events/?page=&page_size=`. Idempotent. */
    ORDERS_LIST_EVENTS("orders.listEvents", GET, "/orders/{orderId}/events/", IDEMPOTENT),

    /** Every event of an order, fetched lazily page after page, like [CUSTOMERS_LIST_ALL]. */
    ORDERS_LIST_ALL_EVENTS("orders.listAllEvents"),
    ;

    /** The area of the operation: `customers`, `checkout`, `paymentMethods`, ... (the client's accessor of that name). */
    public val area: String get() = id.substringBefore('.')

    /** The method name of the operation in every flavour: `create`, `listAll`, `hasAccess`, ... */
    public val method: String get() = id.substringAfter('.')

    /** The template's segments, `{placeholder}` where a path argument goes. */
    private val templateSegments: List<String> = pathTemplate?.trim('/')?.split('/').orEmpty()

    /** How many path arguments a call takes. */
    private val placeholders: Int = templateSegments.count { it.startsWith('{') }

    /** The path segments of one call: the template with [args] in its placeholders, in order. */
    internal fun pathOf(args: List<String>): List<String> {
        require(args.size == placeholders) { "$id takes $placeholders path arguments, not ${args.size}" }
        if (placeholders == 0) return templateSegments
        var next = 0
        return templateSegments.map { segment -> if (segment.startsWith('{')) args[next++] else segment }
    }

    override fun toString(): String = id
}
