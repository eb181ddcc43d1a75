package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.time.Instant
import java.util.UUID

/** One customer record of the fake. */
internal class CustomerRecord(
    val id: String,
    val customerId: String,
    var name: String?,
    var email: String?,
    var metadata: JsonObject?,
    var billingAddress: JsonObject?,
    val createdOn: Instant,
    var modifiedOn: Instant,
) {
    fun toJson(): JsonObject = buildJsonObject {
        put("id", id)
        put("customerId", customerId)
        put("name", name)
        put("email", email)
        put("details", JsonObject(emptyMap()))
        put("metadata", metadata ?: JsonObject(emptyMap()))
        put("billingAddress", billingAddress ?: JsonNull)
        put("createdOn", WireTimes.ISO_MICROS.format(createdOn))
        put("modifiedOn", WireTimes.ISO_MICROS.format(modifiedOn))
    }
}

/**
 * `/customers/`: create, retrieve, partial update, paginated list with search, archive.
 * An archived customer is gone: retrieve answers 404, the list skips it, and its id may be used again.
 */
internal class CustomersArea(private val links: Links) {
    private val active = LinkedHashMap<String, CustomerRecord>()

    private val createSchema = BodySchema(
        required = mapOf("customerId" to Rules.nonBlank),
        optional = mapOf("email" to Rules.email, "name" to Rules.string, "metadata" to Rules.stringMap, "billingAddress" to Rules.billingAddress),
    )
    private val updateSchema = BodySchema(
        required = emptyMap(),
        optional = mapOf("email" to Rules.email, "name" to Rules.string, "metadata" to Rules.stringMap, "billingAddress" to Rules.billingAddress),
        nullable = setOf("email", "name", "metadata", "billingAddress"), // an explicit null clears the field
    )

    fun exists(customerId: String): Boolean = customerId in active

    fun count(): Int = active.size

    /** The e-mail address of an existing customer, or `null`. */
    fun emailOf(customerId: String): String? = active[customerId]?.email

    /** The active customer [customerId], or `null`. */
    fun record(customerId: String): CustomerRecord? = active[customerId]

    fun clear() = active.clear()

    /** Adds a customer directly (a seed), or returns the existing one. */
    fun seed(customerId: String, name: String?, email: String?): CustomerRecord =
        active.getOrPut(customerId) { newRecord(customerId, name, email) }

    private fun newRecord(customerId: String, name: String?, email: String?): CustomerRecord {
        val now = WireTimes.now()
        return CustomerRecord(UUID.randomUUID().toString(), customerId, name, email, null, null, now, now)
    }

    fun list(call: Call): Reply {
        Urls.allowOnly(call.query, "page", "page_size", "search")
        val search = call.query["search"]?.trim()?.lowercase()
        val matching = active.values.filter { c ->
            search.isNullOrEmpty() || listOfNotNull(c.customerId, c.name, c.email).any { it.lowercase().contains(search) }
        }
        return Reply(200, Paging.page(matching, call.query, links.api("customers")) { it.toJson() })
    }

    fun create(call: Call): Reply {
        noQuery(call)
        val body = BodySchema.parse(call)
        createSchema.check(body)
        val customerId = text(body["customerId"])!!
        if (customerId in active) throw ApiError.field("customerId", "customer with this customerId already exists.")
        val record = newRecord(customerId, text(body["name"]), text(body["email"]))
        record.metadata = body["metadata"] as? JsonObject
        record.billingAddress = body["billingAddress"] as? JsonObject
        active[customerId] = record
        return Reply(201, record.toJson())
    }

    fun retrieve(call: Call, customerId: String): Reply {
        noQuery(call)
        return Reply(200, find(customerId).toJson())
    }

    fun update(call: Call, customerId: String): Reply {
        noQuery(call)
        val record = find(customerId)
        val body = BodySchema.parse(call)
        updateSchema.check(body)
        if (body.isEmpty()) throw ApiError.detail(400, "An update must set at least one field (email, name, metadata, billingAddress).")
        body["name"]?.let { record.name = text(it) }
        body["email"]?.let { record.email = text(it) }
        body["metadata"]?.let { record.metadata = it as? JsonObject }
        body["billingAddress"]?.let { record.billingAddress = it as? JsonObject }
        record.modifiedOn = maxOf(WireTimes.now(), record.modifiedOn.plusNanos(1000))
        return Reply(200, record.toJson())
    }

    fun archive(call: Call, customerId: String): Reply {
        noQuery(call)
        find(customerId)
        active.remove(customerId)
        return Reply(204, null)
    }

    private fun find(customerId: String): CustomerRecord =
        active[customerId] ?: throw ApiError.notFound("Customer '$customerId' not found.")

    private fun text(element: JsonElement?): String? = (element as? JsonPrimitive)?.takeIf { it.isString }?.content
}

/** Refuses any query parameter on an operation that takes none. */
internal fun noQuery(call: Call) = Urls.allowOnly(call.query)

/** Absolute URLs of the fake, for page links. */
internal class Links(private val apiPrefix: String) {
    /** `{base}/api/v1/{segments}/`. */
    fun api(vararg segments: String): String = apiPrefix + segments.joinToString("") { "$it/" }
}
