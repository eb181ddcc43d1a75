package com.kelviq.sdk.testkit.internal

/** A handler of one method on one route. */
internal fun interface Handler {
    fun handle(call: Call): Reply
}

/**
 * The fake's state and routes. `/api/v1/...` serves every area but entitlements; `/edge/api/v1/...`
 * serves only entitlements.
 *
 * Not thread-safe by itself: callers hold its monitor.
 */
internal class FakeApi(base: String, orgId: String) {
    private val links = Links("$base/api/v1/")
    val customers = CustomersArea(links)
    val entitlements = EntitlementsArea()
    val checkout = CheckoutArea(base, links)
    val reporting = ReportingArea(customers, entitlements, orgId)
    val subscriptions = SubscriptionsArea(customers, links)
    val portal = PortalArea(customers, base)
    val transactions = TransactionsArea(links)
    val orders = OrdersArea(links)
    val charges = ChargesArea(customers, orders, transactions)
    val refunds = RefundsArea(links, orders, transactions)
    val licenses = LicensesArea()
    val paymentMethods = PaymentMethodsArea(customers, links)
    val offerings = OfferingsArea(customers, subscriptions)

    /** The handlers by method of the route [segments] (decoded), or `null` when no such route exists. */
    fun route(edge: Boolean, segments: List<String>): Map<String, Handler>? {
        if (edge) {
            return if (segments == listOf("entitlements")) mapOf("GET" to Handler(entitlements::get)) else null
        }
        return when (segments.size) {
            1 -> when (segments[0]) {
                "customers" -> mapOf("GET" to Handler(customers::list), "POST" to Handler(customers::create))
                "checkout" -> mapOf("POST" to Handler(checkout::create))
                "charges" -> mapOf("POST" to Handler(charges::create))
                "transaction" -> mapOf("GET" to Handler(transactions::list))
                "refunds" -> mapOf("GET" to Handler(refunds::list), "POST" to Handler(refunds::create))
                "subscriptions" -> mapOf("GET" to Handler(subscriptions::list))
                "orders" -> mapOf("GET" to Handler(orders::list))
                "payment-methods" -> mapOf("GET" to Handler(paymentMethods::list))
                else -> null
            }
            2 -> {
                val id = segments[1]
                when (segments[0]) {
                    "customers" -> mapOf(
                        "GET" to Handler { customers.retrieve(it, id) },
                        "PATCH" to Handler { customers.update(it, id) },
                        "DELETE" to Handler { customers.archive(it, id) },
                    )
                    "report" -> when (id) {
                        "usage" -> mapOf("POST" to Handler(reporting::reportUsage))
                        "event" -> mapOf("POST" to Handler(reporting::reportEvent))
                        else -> null
                    }
                    "refunds" -> mapOf("GET" to Handler { refunds.retrieve(it, id) })
                    "orders" -> mapOf("GET" to Handler { orders.retrieve(it, id) })
                    "checkout" -> if (id == "sessions") mapOf("GET" to Handler(checkout::list)) else null
                    "license" -> when (id) {
                        "activate" -> mapOf("POST" to Handler(licenses::activate))
                        "deactivate" -> mapOf("POST" to Handler(licenses::deactivate))
                        "validate" -> mapOf("POST" to Handler(licenses::validate))
                        else -> null
                    }
                    "portal" -> if (id == "session") mapOf("POST" to Handler(portal::createSession)) else null
                    "subscriptions" -> if (id == "create") {
                        mapOf("POST" to Handler(subscriptions::create), "GET" to Handler { subscriptions.retrieve(it, id) })
                    } else {
                        mapOf("GET" to Handler { subscriptions.retrieve(it, id) })
                    }
                    else -> null
                }
            }
            3 -> when (segments[0] to segments[2]) {
                "subscriptions" to "update" -> mapOf("POST" to Handler { subscriptions.update(it, segments[1]) })
                "subscriptions" to "cancel" -> mapOf("POST" to Handler { subscriptions.cancel(it, segments[1]) })
                "orders" to "events" -> mapOf("GET" to Handler { orders.events(it, segments[1]) })
                else -> when (segments[0] to segments[1]) {
                    "checkout" to "sessions" -> mapOf("GET" to Handler { checkout.retrieve(it, segments[2]) })
                    "monetization" to "product-offering" -> mapOf("GET" to Handler { offerings.retrieve(it, segments[2]) })
                    else -> null
                }
            }
            4 -> if (segments[0] == "checkout" && segments[1] == "sessions" && segments[3] == "events") {
                mapOf("GET" to Handler { checkout.events(it, segments[2]) })
            } else {
                null
            }
            else -> null
        }
    }

    /** Forgets everything: customers, entitlements, reports, sessions, subscriptions, orders, licenses, ... */
    fun clear() {
        customers.clear()
        entitlements.clear()
        checkout.clear()
        reporting.clear()
        subscriptions.clear()
        charges.clear()
        refunds.clear()
        licenses.clear()
        transactions.clear()
        orders.clear()
        paymentMethods.clear()
        offerings.clear()
    }
}
