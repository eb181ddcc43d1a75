package com.kelviq.sdk.testkit.internal

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** Page-number pagination as Kelviq answers it: `{count, next, previous, results}` with absolute links. */
internal object Paging {
    const val DEFAULT_PAGE_SIZE: Int = 10
    const val MAX_PAGE_SIZE: Int = 100

    /**
     * One page of [items] chosen by the `page` and `page_size` parameters of [query]; [link] is the
     * absolute URL of the list without query, used to build `next` and `previous`.
     */
    fun <T> page(items: List<T>, query: Map<String, String>, link: String, render: (T) -> JsonElement): JsonObject {
        val page = positiveInt(query, "page") ?: 1
        val size = positiveInt(query, "page_size") ?: DEFAULT_PAGE_SIZE
        if (size > MAX_PAGE_SIZE) throw ApiError.field("page_size", "Query parameter 'page_size' must be between 1 and $MAX_PAGE_SIZE, was $size.")
        val pages = maxOf(1, (items.size + size - 1) / size)
        if (page > pages) throw ApiError.notFound("Invalid page.")
        val from = (page - 1) * size
        val slice = items.subList(from, minOf(items.size, from + size))
        return buildJsonObject {
            put("count", items.size)
            put("next", if (page < pages) linkTo(link, query, page + 1) else null)
            put("previous", if (page > 1) linkTo(link, query, page - 1) else null)
            put("results", JsonArray(slice.map(render)))
        }
    }

    private fun positiveInt(query: Map<String, String>, key: String): Int? {
        val raw = query[key] ?: return null
        val n = raw.toIntOrNull()
        if (n == null || n < 1) throw ApiError.field(key, "Query parameter '$key' must be a positive integer, was '$raw'.")
        return n
    }

    private fun linkTo(link: String, query: Map<String, String>, page: Int): String {
        val params = query.filterKeys { it != "page" }.toMutableMap()
        val parts = ArrayList<String>()
        if (page > 1) parts += "page=$page"
        params.forEach { (k, v) -> parts += "${Urls.encode(k)}=${Urls.encode(v)}" }
        return if (parts.isEmpty()) link else "$link?${parts.joinToString("&")}"
    }

}
