package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.util.UUID

/** `POST /portal/session/`: a session token and portal URL for a customer who has an e-mail address. */
internal class PortalArea(private val customers: CustomersArea, private val base: String) {
    private val schema = BodySchema(required = mapOf("customerId" to Rules.nonBlank))

    fun createSession(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        schema.check(body)
        val customerId = (body["customerId"] as JsonPrimitive).content
        if (!customers.exists(customerId)) throw ApiError.field("customerId", "Invalid customer id")
        val email = customers.emailOf(customerId) ?: throw ApiError.field("customerId", "Customer does not have an email")
        return Reply(200, buildJsonObject {
            put("token", "cpt-${UUID.randomUUID()}:${UUID.randomUUID()}")
            put("email", email)
            put("customerPortalUrl", "$base/portal/testkit/")
        })
    }
}
