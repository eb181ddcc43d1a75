package com.kelviq.sdk.reactor

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.shouldBe
import java.io.File
import java.lang.reflect.GenericArrayType
import java.lang.reflect.Member
import java.lang.reflect.Modifier
import java.lang.reflect.ParameterizedType
import java.lang.reflect.Type
import java.lang.reflect.TypeVariable
import java.lang.reflect.WildcardType

/**
 * Java callers of the Reactor flavour never meet a Kotlin-only type: no public (non-synthetic)
 * method, constructor or field of a public class in `com.kelviq.sdk.reactor` mentions a `kotlin.*`
 * type, generic arguments included (`Continuation`, `Unit`, `kotlin.jvm.functions.*`, ...).
 */
class JavaSurfaceTest : FunSpec({

    test("the reactor package's public API uses no kotlin.* types") {
        val classes = publicClassesOf(ReactorKelviqClient::class.java)
        classes.map { it.name } shouldContainAll listOf(
            "com.kelviq.sdk.reactor.ReactorKelviqClient",
            "com.kelviq.sdk.reactor.ReactorKelviqClient\$Builder",
            "com.kelviq.sdk.reactor.ReactorCustomersApi",
            "com.kelviq.sdk.reactor.ReactorCheckoutApi",
            "com.kelviq.sdk.reactor.ReactorEntitlementsApi",
            "com.kelviq.sdk.reactor.ReactorReportingApi",
            "com.kelviq.sdk.reactor.ReactorSubscriptionsApi",
        )
        classes.flatMap { kotlinTypesIn(it) }.shouldBeEmpty()
    }

    test("every area offers exactly the operations of API.md, plus the cache and reporter controls") {
        fun operations(area: Class<*>): Set<String> =
            area.declaredMethods.filter { Modifier.isPublic(it.modifiers) && !it.isSynthetic }.map { it.name }.toSortedSet()
        operations(ReactorCustomersApi::class.java) shouldBe setOf("create", "retrieve", "update", "list", "listAll", "archive")
        operations(ReactorCheckoutApi::class.java) shouldBe setOf("createSession", "listSessions", "listAllSessions", "retrieveSession", "listSessionEvents", "listAllSessionEvents")
        operations(ReactorEntitlementsApi::class.java) shouldBe
            setOf("hasAccess", "getEntitlement", "getAllEntitlements", "invalidate", "invalidateAll")
        operations(ReactorReportingApi::class.java) shouldBe
            setOf("reportUsage", "reportEvent", "enqueueUsage", "enqueueEvent", "flush", "stats")
        operations(ReactorSubscriptionsApi::class.java) shouldBe setOf("update", "cancel", "list", "listAll", "retrieve", "create")
    }

    test("the check finds Kotlin types where there are some") {
        kotlinTypesIn(KotlinFlavoured::class.java).shouldNotBeEmpty()
    }
})

/** A class whose public surface leaks Kotlin types, to prove the check can fail. */
class KotlinFlavoured {
    fun callback(block: () -> Unit): List<Unit> = listOf(block())
}

/** Every public, non-synthetic class compiled next to [anchor] in its package (nested classes included). */
private fun publicClassesOf(anchor: Class<*>): List<Class<*>> {
    val root = File(anchor.protectionDomain.codeSource.location.toURI())
    val dir = File(root, anchor.packageName.replace('.', '/'))
    return dir.listFiles { f -> f.name.endsWith(".class") }!!
        .map { Class.forName("${anchor.packageName}.${it.name.removeSuffix(".class")}", false, anchor.classLoader) }
        .filter { Modifier.isPublic(it.modifiers) && !it.isSynthetic }
        .sortedBy { it.name }
}

/** Descriptions of the public members of [cls] whose signatures mention a `kotlin.*` type. */
private fun kotlinTypesIn(cls: Class<*>): List<String> {
    val found = mutableListOf<String>()
    fun check(where: String, types: List<Type>) {
        types.flatMap { mentioned(it) }.filter { it.startsWith("kotlin.") }.forEach { found += "$where uses $it" }
    }
    fun visible(m: Member) = Modifier.isPublic(m.modifiers) && !m.isSynthetic
    cls.declaredMethods.filter(::visible).forEach {
        check("${cls.name}.${it.name}", it.genericParameterTypes.toList() + it.genericReturnType + it.genericExceptionTypes)
    }
    cls.declaredConstructors.filter(::visible).forEach { check("${cls.name}.<init>", it.genericParameterTypes.toList()) }
    cls.declaredFields.filter(::visible).forEach { check("${cls.name}.${it.name}", listOf(it.genericType)) }
    check("${cls.name} supertypes", listOfNotNull(cls.genericSuperclass) + cls.genericInterfaces)
    return found
}

/** The names of every class mentioned by [type], generic arguments and bounds included. */
private fun mentioned(type: Type, seen: MutableSet<Type> = mutableSetOf()): List<String> {
    if (!seen.add(type)) return emptyList()
    return when (type) {
        is Class<*> -> if (type.isArray) mentioned(type.componentType, seen) else listOf(type.name)
        is ParameterizedType -> mentioned(type.rawType, seen) + type.actualTypeArguments.flatMap { mentioned(it, seen) }
        is WildcardType -> (type.upperBounds + type.lowerBounds).flatMap { mentioned(it, seen) }
        is GenericArrayType -> mentioned(type.genericComponentType, seen)
        is TypeVariable<*> -> type.bounds.flatMap { mentioned(it, seen) }
        else -> listOf(type.typeName)
    }
}
