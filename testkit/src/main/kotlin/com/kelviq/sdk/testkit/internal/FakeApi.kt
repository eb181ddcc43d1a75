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
    val checkout = CheckoutArea(base)
    val reporting = ReportingArea(customers, entitlements, orgId)
    val subscriptions = SubscriptionsArea(customers, links)
    val portal = PortalArea(customers, base)
    val transactions = TransactionsArea(links)
    val charges = ChargesArea(customers, transactions)
    val refunds = RefundsArea(links, transactions)
    val licenses = LicensesArea()

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
            3 -> if (segments[0] == "subscriptions") {
                val id = segments[1]
                when (segments[2]) {
                    "update" -> mapOf("POST" to Handler { subscriptions.update(it, id) })
                    "cancel" -> mapOf("POST" to Handler { subscriptions.cancel(it, id) })
                    else -> null
                }
            } else {
                null
            }
            else -> null
        }
    }

    /** Forgets every customer, entitlement, report, session and subscription. */
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
    }
}
