package com.kelviq.sdk.conformance

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.lang.reflect.Method
import java.math.BigDecimal
import java.math.BigInteger
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.OffsetDateTime
import java.time.ZoneOffset

/**
 * Walks an answer's JSON beside the model the SDK decoded from it and lists every value that did not come out as
 * sent: a string, number or boolean differing from its property, a list of another size, a `<field>Text` that is not
 * the text sent, or a date the text names whose typed accessor is `null` or another instant. Keys without a property
 * are the SDK's choice to leave out and are only counted ([unmodeled]).
 */
class TypedValues(
    /** What the request sent (top-level keys): a write's answer whose field cannot be read carries the value sent. */
    private val echo: JsonObject = JsonObject(emptyMap()),
) {
    val mismatches = ArrayList<String>()
    val unmodeled = HashSet<String>()
    var typedDates = 0
        private set

    fun check(json: JsonElement, model: Any?, path: String = "$") {
        when {
            json is JsonNull -> if (!isEmptyValue(model)) mismatches += "$path: null was read as <$model>"
            json is JsonArray -> {
                val list = model as? List<*> ?: return mismatch(path, json, model)
                if (list.size != json.size) return mismatch(path, json, model)
                json.forEachIndexed { i, e -> check(e, list[i], "$path[$i]") }
            }
            json is JsonObject -> when (model) {
                is JsonElement -> if (model != json) mismatch(path, json, model)
                is Map<*, *> -> for ((k, v) in json) if (v !is JsonNull || model.containsKey(k)) check(v, model[k], "$path.$k")
                null -> mismatch(path, json, model)
                else -> checkModel(json, model, path)
            }
            else -> checkPrimitive(json as JsonPrimitive, model, path)
        }
    }

    private fun checkModel(json: JsonObject, model: Any, path: String) {
        for ((key, value) in json) {
            val name = camel(key)
            val textGetter = getter(model.javaClass, "${name}Text")
            val typedGetter = getter(model.javaClass, name)
            if (textGetter != null) {
                val text = textGetter.invoke(model) as String?
                val sent = when (value) {
                    is JsonNull -> null
                    is JsonPrimitive -> value.content
                    else -> value.toString()
                }
                if (text != sent) mismatches += "$path.$key: text <$sent> was kept as <$text>"
                if (typedGetter != null && sent != null) checkDate(sent, typedGetter, typedGetter.invoke(model), "$path.$key")
            } else if (typedGetter != null) {
                val read = typedGetter.invoke(model)
                val sentInstead = echo[key] as? JsonPrimitive
                if (path == "$" && sentInstead != null && read != null && sentInstead.content == read.toString()) continue
                check(value, read, "$path.$key")
            } else {
                unmodeled += "${model.javaClass.simpleName}.$key"
            }
        }
    }

    private fun checkDate(text: String, typedGetter: Method, typed: Any?, path: String) {
        val expected: Any? = when (typedGetter.returnType) {
            Instant::class.java -> strictInstant(text)
            LocalDate::class.java -> strictDate(text) ?: strictInstant(text)?.let { LocalDate.parse(text.take(10)) }
            // An integer without a declared range: exact in the text, the typed value held at the type's bounds.
            java.lang.Long::class.java, java.lang.Long.TYPE -> bounded(text, BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE))?.toLong()
            java.lang.Integer::class.java, Integer.TYPE -> bounded(text, BigDecimal.valueOf(Int.MIN_VALUE.toLong()), BigDecimal.valueOf(Int.MAX_VALUE.toLong()))?.toInt()
            else -> return
        }
        if (typedGetter.returnType == java.lang.Long.TYPE && typed == 0L && expected == null) return
        if (typed != expected) mismatches += "$path: <$text> was read as <$typed>, expected <$expected>"
        if (typed is Instant || typed is LocalDate) typedDates++
    }

    private fun checkPrimitive(json: JsonPrimitive, model: Any?, path: String) {
        val ok = when (model) {
            is String -> model == json.content
            is Boolean -> !json.isString && json.content == model.toString()
            is Long, is Int, is Short, is BigInteger -> !json.isString && json.content.toBigDecimalOrNull()?.compareTo(BigDecimal(model.toString())) == 0
            is BigDecimal -> !json.isString && json.content.toBigDecimalOrNull()?.compareTo(model) == 0
            is Double -> !json.isString && json.content.toDoubleOrNull()?.let { it == model || Math.abs(it - model) <= Math.ulp(model) * 2 } == true
            is Enum<*> -> model.name.equals(json.content, ignoreCase = true)
            is JsonPrimitive -> model == json
            else -> false
        }
        if (!ok) mismatch(path, json, model)
    }

    private fun mismatch(path: String, json: JsonElement, model: Any?) {
        mismatches += "$path: sent <${json.toString().take(120)}>, read <${model.toString().take(120)}> (${model?.javaClass?.simpleName})"
    }

    private fun isEmptyValue(model: Any?): Boolean = when (model) {
        null -> true
        is String -> model.isEmpty()
        is Collection<*> -> model.isEmpty()
        is Map<*, *> -> model.isEmpty()
        is Number -> model.toDouble() == 0.0
        is Boolean -> !model
        is JsonNull -> true
        else -> false
    }

    private companion object {
        private val getters = HashMap<Pair<Class<*>, String>, Method?>()

        @Synchronized
        fun getter(type: Class<*>, property: String): Method? = getters.getOrPut(type to property) {
            val cap = property.replaceFirstChar { it.uppercaseChar() }
            listOf("get$cap", property.takeIf { it.startsWith("is") && it.length > 2 && it[2].isUpperCase() })
                .firstNotNullOfOrNull { n -> n?.let { runCatching { type.getMethod(it) }.getOrNull() } }
                ?.takeIf { it.parameterCount == 0 }
        }

        fun camel(key: String): String = key.split('_').mapIndexed { i, p -> if (i == 0) p else p.replaceFirstChar { it.uppercaseChar() } }.joinToString("")

        private val ZONELESS = Regex("""\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,9})?""")

        /** The instant of [text] in a form the SDK promises to read (API.md), found independently of the SDK's reader. */
        fun strictInstant(text: String): Instant? = runCatching { OffsetDateTime.parse(text).toInstant() }.getOrNull()
            ?: if (ZONELESS.matches(text)) {
                runCatching { LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC) }.getOrNull()
            } else {
                null
            }

        fun bounded(text: String, min: BigDecimal, max: BigDecimal): BigDecimal? =
            text.toBigDecimalOrNull()?.max(min)?.min(max)?.setScale(0, java.math.RoundingMode.DOWN)

        fun strictDate(text: String): LocalDate? = runCatching { LocalDate.parse(text) }.getOrNull()
    }
}
