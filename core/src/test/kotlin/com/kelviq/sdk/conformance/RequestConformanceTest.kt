package com.kelviq.sdk.conformance

import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.RecordedRequest
import com.kelviq.sdk.testing.services
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.swagger.v3.oas.models.parameters.Parameter
import kotlinx.serialization.json.JsonPrimitive
import java.net.URI
import java.net.URLDecoder

/**
 * Every request the SDK sends for an operation of the published document matches that operation: a server URL of the
 * operation (the edge for entitlements), the method and path template, only declared query parameters (each
 * valid against its schema, the required ones present), the security scheme's header, and a body valid against the
 * request schema. The calls are those of [SdkOperations], with their shared fixtures' inputs.
 */
class RequestConformanceTest : FunSpec({
    val spec = PublishedSpec.instance
    afterSpec { println(Counts.requestsLine()) }

    for (call in SdkOperations.calls) {
        test("$call: the request matches the document") {
            val op = spec.operation(call.operationId)
            val sent = MockKelviq().use { m ->
                call.fixture.answerOn(m)
                call.call(m.core.services)
                m.requests.single()
            }
            problems(spec, op, sent).shouldBeEmpty()
            Counts.requests(1)
        }
    }

    test("reporting.reportEvent, outside the document's paths, sends a body its ReportEventRequest schema accepts") {
        val f = com.kelviq.sdk.testing.WireFixtures.reportEvent
        val sent = MockKelviq().use { m ->
            f.answerOn(m)
            m.core.services.reporting.reportEvent(f.input)
            m.requests.single()
        }
        spec.validate("/components/schemas/ReportEventRequest", sent.body!!).shouldBeEmpty()
        SdkOperations.OUTSIDE_THE_SPEC.keys shouldBe setOf("customers.retrieve", "customers.archive", "reporting.reportEvent")
        Counts.requests(1)
    }
}) {
    companion object {
        fun problems(spec: PublishedSpec, op: SpecOperation, sent: RecordedRequest): List<String> {
            val out = ArrayList<String>()
            if (sent.method != op.method) out += "method ${sent.method}, the document says ${op.method}"
            val servers = (op.operation.servers ?: spec.openApi.paths[op.path]?.servers ?: spec.openApi.servers).map { it.url }
            val server = servers.firstOrNull { sent.url.startsWith(it) }
            if (server == null) return out + "URL ${sent.url} is on none of the operation's servers $servers"
            val uri = URI(sent.url)
            val path = uri.rawPath.removePrefix(URI(server).rawPath)
            val template = Regex("^" + op.path.split('/').joinToString("/") { if (it.startsWith("{")) "[^/]+" else Regex.escape(it) } + "$")
            if (!template.matches(path)) out += "path $path does not match ${op.path}"
            val params: List<Parameter> = op.operation.parameters.orEmpty() + spec.openApi.paths[op.path]?.parameters.orEmpty()
            val declared = params.filter { it.`in` == "query" }.associateBy { it.name }
            val query = uri.rawQuery?.split('&')?.map { it.substringBefore('=') to URLDecoder.decode(it.substringAfter('='), "UTF-8") }.orEmpty()
            for ((name, value) in query) {
                val p = declared[name]
                if (p == null) {
                    out += "query parameter $name is not declared"
                    continue
                }
                val i = op.operation.parameters.orEmpty().indexOf(p)
                if (i >= 0) {
                    val schema = spec.resolve(p.schema)
                    val json = when (schema.type) {
                        "integer", "number", "boolean" -> value
                        "array" -> "[" + value.split(',').joinToString(",") { JsonPrimitive(it).toString() } + "]"
                        else -> JsonPrimitive(value).toString()
                    }
                    spec.validate("${op.pointer}/parameters/$i/schema", json).forEach { out += "query $name=$value: $it" }
                }
            }
            declared.values.filter { it.required == true && query.none { q -> q.first == it.name } }.forEach { out += "required query ${it.name} missing" }
            val security = (op.operation.security ?: spec.openApi.security).flatMap { it.keys }
            if ("bearerAuth" in security && sent.header("Authorization") != "Bearer ${MockKelviq.API_KEY}") out += "no Bearer API key"
            val body = op.operation.requestBody?.content?.get("application/json")
            if (body != null) {
                if (sent.body.isNullOrEmpty()) {
                    if (op.operation.requestBody.required == true) out += "the required body is missing"
                } else {
                    if (sent.contentType?.startsWith("application/json") != true) out += "Content-Type ${sent.contentType}"
                    spec.validate("${op.pointer}/requestBody/content/application~1json/schema", sent.body).forEach { out += "body: $it" }
                }
            } else if (!sent.body.isNullOrEmpty()) {
                out += "a body is sent, the document declares none"
            }
            return out
        }
    }
}
