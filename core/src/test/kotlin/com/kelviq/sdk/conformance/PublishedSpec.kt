package com.kelviq.sdk.conformance

import com.networknt.schema.InputFormat
import com.networknt.schema.SchemaLocation
import com.networknt.schema.SchemaRegistry
import com.networknt.schema.SchemaRegistryConfig
import com.networknt.schema.dialect.Dialects
import io.swagger.v3.oas.models.OpenAPI
import io.swagger.v3.oas.models.Operation
import io.swagger.v3.oas.models.media.Schema
import io.swagger.v3.parser.OpenAPIV3Parser
import io.swagger.v3.parser.core.models.ParseOptions
import java.io.File

/** One operation of the published document: its method, path template, operationId and description. */
class SpecOperation(val method: String, val path: String, val operationId: String, val operation: Operation) {
    /** The JSON pointer of this operation in the document, `/paths/~1customers~1/get`. */
    val pointer: String get() = "/paths/${escape(path)}/${method.lowercase()}"

    /** The declared 2xx/3xx statuses of the answer. */
    val successStatuses: List<Int> get() = operation.responses.keys.mapNotNull { it.toIntOrNull() }.filter { it in 200..399 }

    /** The pointer of the JSON schema of [status]'s answer, or `null` when it has no JSON body. */
    fun responseSchemaPointer(status: Int): String? =
        operation.responses[status.toString()]?.content?.get("application/json")?.schema?.let {
            "$pointer/responses/$status/content/application~1json/schema"
        }

    override fun toString(): String = "$method $path ($operationId)"

    companion object {
        fun escape(segment: String): String = segment.replace("~", "~0").replace("/", "~1")
    }
}

/**
 * Kelviq's published OpenAPI description (`../shared/openapi/kelviq-openapi.json`, beside this repository), read by
 * swagger-parser, with a networknt validator (OpenAPI 3.0 dialect, formats asserted) for any of its schemas.
 * The document is required: a checkout without it fails here rather than skipping the conformance check.
 */
class PublishedSpec private constructor(val file: File) {
    val openApi: OpenAPI = OpenAPIV3Parser().read(file.path, null, ParseOptions().apply { isResolve = false })
        ?: error("swagger-parser could not read $file")

    val operations: List<SpecOperation> = openApi.paths.flatMap { (path, item) ->
        item.readOperationsMap().map { (method, op) -> SpecOperation(method.name, path, op.operationId, op) }
    }

    fun operation(operationId: String): SpecOperation =
        operations.firstOrNull { it.operationId == operationId } ?: error("no operation $operationId in the published OpenAPI")

    /** The named schema of `#/components/schemas`. */
    fun component(name: String): Schema<*> = openApi.components.schemas[name] ?: error("no schema $name")

    /** [schema] itself, or the component it refers to (`$ref`), followed to the end. */
    fun resolve(schema: Schema<*>): Schema<*> {
        var s = schema
        while (s.`$ref` != null) s = component(s.`$ref`.substringAfterLast('/'))
        return s
    }

    /** The component name [schema] refers to, or `null` for an inline schema. */
    fun refName(schema: Schema<*>): String? = schema.`$ref`?.substringAfterLast('/')

    /** The document is given to networknt under a name of its own, so that no reference is ever fetched. */
    private val registry = SchemaRegistry.withDialect(Dialects.getOpenApi30()) {
        it.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
            .schemas(mapOf(DOCUMENT_ID to file.readText()))
    }

    private val validators = HashMap<String, com.networknt.schema.Schema>()

    /** The validation errors of [json] against the schema at [pointer] (empty when valid). */
    @Synchronized
    fun validate(pointer: String, json: String): List<String> {
        val schema = validators.getOrPut(pointer) { registry.getSchema(SchemaLocation.of("$DOCUMENT_ID#$pointer")) }
        return schema.validate(json, InputFormat.JSON).map { "${it.instanceLocation}: ${it.message}" }
    }

    companion object {
        private const val RELATIVE = "shared/openapi/kelviq-openapi.json"
        private const val DOCUMENT_ID = "urn:kelviq:published-openapi"

        /** The document, found in `shared/` beside the repository (or at `-Dkelviq.openapi=<file>`). */
        val instance: PublishedSpec by lazy {
            val explicit = System.getProperty("kelviq.openapi")?.let(::File)
            val found = explicit ?: generateSequence(File(System.getProperty("user.dir")).absoluteFile) { it.parentFile }
                .map { File(it, RELATIVE) }.firstOrNull { it.isFile }
            check(found != null && found.isFile) {
                "Kelviq's published OpenAPI was not found ($RELATIVE above ${System.getProperty("user.dir")}, or -Dkelviq.openapi): " +
                    "the conformance check needs ../shared beside the repository"
            }
            PublishedSpec(found)
        }
    }
}
