package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.internal.json.KelviqJson
import com.kelviq.sdk.internal.transport.Host
import com.kelviq.sdk.internal.transport.Method
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.transport.UrlRules
import kotlinx.serialization.json.JsonElement

/** One operation made ready to send: [method], the full [url], the JSON [body] text (or `null`) and its [host]. */
internal class PreparedRequest(val method: Method, val url: String, val body: String?, val host: Host)

/** Stage 1, request building: the URL `{base}/api/{version}/{segments}/?{query}` and the JSON body of an operation. */
internal class RequestFactory(config: KelviqConfig) {
    private val apiPrefix = "${config.baseUrl}/api/${UrlRules.encodePathSegment(config.apiVersion)}/"
    private val edgePrefix = "${config.edgeUrl}/api/${UrlRules.encodePathSegment(config.apiVersion)}/"

    fun prepare(op: Operation<*>): PreparedRequest =
        PreparedRequest(op.method, urlOf(op), op.body?.let { KelviqJson.encodeToString(JsonElement.serializer(), it) }, op.host)

    /** Path segments percent-encoded one by one, each followed by `/`; query keys and values encoded. */
    fun urlOf(op: Operation<*>): String {
        val sb = StringBuilder(if (op.host == Host.EDGE) edgePrefix else apiPrefix)
        for (segment in op.path) sb.append(UrlRules.encodePathSegment(segment)).append('/')
        op.query.forEachIndexed { i, (k, v) ->
            sb.append(if (i == 0) '?' else '&')
            sb.append(UrlRules.encodeQueryComponent(k)).append('=').append(UrlRules.encodeQueryComponent(v))
        }
        return sb.toString()
    }
}
