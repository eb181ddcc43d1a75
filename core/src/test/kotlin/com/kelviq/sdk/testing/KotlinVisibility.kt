package com.kelviq.sdk.testing

import java.lang.reflect.Member
import kotlin.reflect.KVisibility
import kotlin.reflect.full.companionObject
import kotlin.reflect.full.declaredFunctions
import kotlin.reflect.full.declaredMemberProperties
import kotlin.reflect.jvm.javaConstructor
import kotlin.reflect.jvm.javaField
import kotlin.reflect.jvm.javaGetter
import kotlin.reflect.jvm.javaMethod
import kotlin.reflect.jvm.javaSetter

/**
 * What Kotlin declares `internal` or `private` but compiles to public bytecode (classes, constructors,
 * companions, properties, functions), read with kotlin-reflect; for [ApiDump], which leaves it out.
 */
internal object KotlinVisibility {
    private fun hidden(v: KVisibility?) = v == KVisibility.INTERNAL || v == KVisibility.PRIVATE

    private fun isKotlinClass(cls: Class<*>) = cls.getAnnotation(Metadata::class.java)?.kind == 1

    fun hidesClass(cls: Class<*>): Boolean =
        isKotlinClass(cls) && runCatching { hidden(cls.kotlin.visibility) }.getOrDefault(false)

    fun hiddenMembers(cls: Class<*>): Set<Member> {
        if (!isKotlinClass(cls)) return emptySet()
        val k = cls.kotlin
        val out = mutableSetOf<Member>()
        runCatching { k.constructors.filter { hidden(it.visibility) }.mapNotNullTo(out) { it.javaConstructor } }
        runCatching {
            for (p in k.declaredMemberProperties) {
                if (hidden(p.visibility)) listOfNotNull(p.javaGetter, p.javaField).forEach { out += it }
                if (p is kotlin.reflect.KMutableProperty1<*, *> && hidden(p.setter.visibility)) p.javaSetter?.let { out += it }
            }
        }
        runCatching { k.declaredFunctions.filter { hidden(it.visibility) }.mapNotNullTo(out) { it.javaMethod } }
        runCatching {
            if (hidden(k.companionObject?.visibility)) cls.declaredFields.filter { it.name == "Companion" }.forEach { out += it }
        }
        return out
    }
}
