package com.kelviq.samples

import com.kelviq.sdk.Environment
import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.model.UsageBehaviour

/** README "Quick start / Kotlin (coroutines)", compiled with the build. Needs a real API key; not run by the build. */
suspend fun kotlinQuickStart() {
    KelviqClient { apiKey = System.getenv("KELVIQ_API_KEY"); environment = Environment.SANDBOX }.use { client ->
        val ann = client.customers.create(customerId = "ann", email = "ann@example.com", name = "Ann")

        if (client.entitlements.hasAccess(customerId = "ann", featureId = "api-calls")) {
            client.reporting.reportUsage(value = 1, customerId = "ann", featureId = "api-calls", behaviour = UsageBehaviour.DELTA)
        }

        client.customers.listAll().collect { println(it.customerId) }   // a cold Flow: pages on demand
    }
}
