package com.kelviq.sdk.testing

import java.io.File
import java.lang.reflect.Constructor
import java.lang.reflect.Field
import java.lang.reflect.Method
import java.lang.reflect.Modifier

/**
 * Guards a published module's binary surface: renders every public/protected class, field, constructor
 * and method of the module's compiled classes (`target/classes`) as a sorted, stable text dump, loosely in
 * the format of kotlinx binary-compatibility-validator, and compares it with the committed
 * `api/<artifactId>.api` file of the module.
 *
 * Reflection only (classes are loaded without initialisation); erased JVM descriptors. Only what users may
 * rely on is listed: synthetic, anonymous and local classes, synthetic/bridge members, empty Kotlin file facades,
 * classes in an `internal` package, Kotlin `internal`/`private` declarations (public in bytecode; found with
 * kotlin-reflect) and mangled names (`name$module`) are left out.
 *
 * For a Java-facing artifact ([check] with `javaFacing`), a `kotlin.*` or `kotlinx.*` type in a listed signature
 * fails the check, except the compiler's `getEntries()` of an enum (a `java.util.List` to Java callers).
 *
 * On a mismatch [check] fails with a diff; run with `-Dkelviq.api.update=true` to rewrite the dump instead.
 */
object ApiDump {
    /** System property that makes [check] rewrite the committed dump instead of comparing with it. */
    const val UPDATE_PROPERTY = "kelviq.api.update"

    /** The module directory: Surefire sets `basedir` and runs tests with the module as working directory. */
    @JvmStatic
    fun moduleDir(): File = File(System.getProperty("basedir") ?: System.getProperty("user.dir")).absoluteFile

    /**
     * Compares the dump of `<module>/target/classes` with `<module>/api/<artifactId>.api`; throws an
     * [AssertionError] with a unified-diff-like message when they differ, unless [UPDATE_PROPERTY] is
     * `true` ([update]), in which case the file is (re)written and the check passes.
     */
    @JvmStatic
    @JvmOverloads
    fun check(
        artifactId: String,
        module: File = moduleDir(),
        update: Boolean = System.getProperty(UPDATE_PROPERTY).toBoolean(),
        javaFacing: Boolean = false,
    ) {
        val classesDir = File(module, "target/classes")
        require(classesDir.isDirectory) { "no compiled classes at $classesDir" }
        val actual = render(classesDir, ApiDump::class.java.classLoader)
        if (javaFacing) {
            val leaks = kotlinTypeLeaks(actual)
            if (leaks.isNotEmpty()) throw AssertionError("Kotlin types in the Java-facing API of $artifactId:\n" + leaks.joinToString("\n"))
        }
        val file = File(module, "api/$artifactId.api")
        val expected = if (file.isFile) file.readText().replace("\r\n", "\n") else ""
        if (actual == expected) return
        if (update) {
            file.parentFile.mkdirs()
            file.writeText(actual)
            return
        }
        throw AssertionError(
            buildString {
                append("The public API of $artifactId differs from the committed dump ${file.relativeTo(module.parentFile)}")
                append(if (file.isFile) ".\n" else " (missing).\n")
                append("If the change is intended, update the dump and commit it:\n")
                append("  mvn -B -ntp -pl ${module.name} -am verify -D$UPDATE_PROPERTY=true\n\n")
                append(unifiedDiff("a/api/$artifactId.api", "b/api/$artifactId.api (compiled)", expected, actual))
            },
        )
    }

    /** [check] for a Java-facing artifact: also fails on a kotlin.* or kotlinx.* type in a public signature. */
    @JvmStatic
    fun checkJavaFacing(artifactId: String) {
        check(artifactId, javaFacing = true)
    }

    /** Renders the dump of every class under [classesDir], loading them (uninitialised) through [loader]. */
    @JvmStatic
    fun render(classesDir: File, loader: ClassLoader): String {
        val names = classesDir.walkTopDown()
            .filter { it.isFile && it.name.endsWith(".class") && it.name != "module-info.class" }
            .map { it.relativeTo(classesDir).invariantSeparatorsPath.removeSuffix(".class").replace('/', '.') }
            .sorted()
            .toList()
        val out = StringBuilder()
        for (name in names) {
            val cls = Class.forName(name, false, loader)
            if (!isVisible(cls)) continue
            val members = members(cls)
            if (members.isEmpty() && isFileFacade(cls)) continue
            out.append(header(cls)).append(" {\n")
            members.forEach { out.append('\t').append(it).append('\n') }
            out.append("}\n\n")
        }
        return out.toString()
    }

    /** Each `class ... {` header with the members that mention a kotlin.* or kotlinx.* type. */
    @JvmStatic
    fun kotlinTypeLeaks(dump: String): List<String> {
        var header = ""
        val leaks = mutableListOf<String>()
        for (line in dump.lines()) {
            if (!line.startsWith("\t")) header = line.removeSuffix(" {")
            val member = line.trim()
            if (!line.startsWith("\t")) continue
            if (member == "public static fun getEntries ()Lkotlin/enums/EnumEntries;") continue
            if (member.contains("Lkotlin/") || member.contains("Lkotlinx/")) leaks += "$header :: $member"
        }
        return leaks
    }

    private fun isVisible(cls: Class<*>): Boolean {
        if (isInternal(cls)) return false
        var c: Class<*>? = cls
        while (c != null) {
            if (c.isSynthetic || c.isAnonymousClass || c.isLocalClass) return false
            if (!isExposed(c.modifiers)) return false
            if (KotlinVisibility.hidesClass(c)) return false
            c = c.declaringClass
        }
        return true
    }

    /** A Kotlin file facade (`FooKt`, kind 2) or multi-file facade (kind 4 or 5); empty when only `internal`/`private` declarations live in the file. */
    private fun isFileFacade(cls: Class<*>) = cls.getAnnotation(Metadata::class.java)?.kind in setOf(2, 4, 5)

    private fun isExposed(modifiers: Int) = Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)

    private fun isInternal(cls: Class<*>) = cls.name.split('.').dropLast(1).contains("internal")

    private fun header(cls: Class<*>): String {
        val m = cls.modifiers
        val words = mutableListOf(visibility(m))
        if (cls.declaringClass != null && Modifier.isStatic(m)) words += "static"
        when {
            cls.isAnnotation -> words += listOf("abstract", "annotation", "class")
            cls.isInterface -> words += listOf("abstract", "interface")
            else -> {
                if (Modifier.isAbstract(m)) words += "abstract"
                if (Modifier.isFinal(m)) words += "final"
                if (cls.isEnum) words += "enum"
                words += "class"
            }
        }
        words += internalName(cls)
        val supers = listOfNotNull(cls.superclass?.takeIf { it != Any::class.java }) + cls.interfaces
        val supertypes = supers.joinToString(", ") { internalName(it) }
        return words.joinToString(" ") + if (supertypes.isEmpty()) "" else " : $supertypes"
    }

    private fun members(cls: Class<*>): List<String> {
        val hidden = KotlinVisibility.hiddenMembers(cls)
        fun shown(m: java.lang.reflect.Member) = m !in hidden && '$' !in m.name
        val fields = cls.declaredFields.filter { keep(it.modifiers, it.isSynthetic) && shown(it) }.map { it.render() }.sorted()
        val ctors = cls.declaredConstructors.filter { keep(it.modifiers, it.isSynthetic) && it !in hidden }.map { it.render() }.sorted()
        val methods = cls.declaredMethods
            .filter { keep(it.modifiers, it.isSynthetic || it.isBridge) && shown(it) }
            .sortedWith(compareBy({ it.name }, { descriptor(it.parameterTypes, it.returnType) }))
            .map { it.render() }
        return fields + ctors + methods
    }

    private fun keep(modifiers: Int, synthetic: Boolean) = !synthetic && isExposed(modifiers)

    private fun Field.render(): String =
        words(modifiers, "field") + " $name ${descriptor(type)}"

    private fun Constructor<*>.render(): String =
        words(modifiers, "fun") + " <init> " + descriptor(parameterTypes, Void.TYPE)

    private fun Method.render(): String =
        words(modifiers, "fun") + " $name " + descriptor(parameterTypes, returnType)

    private fun words(m: Int, kind: String): String {
        val words = mutableListOf(visibility(m))
        if (Modifier.isStatic(m)) words += "static"
        if (Modifier.isAbstract(m)) words += "abstract"
        if (Modifier.isFinal(m)) words += "final"
        if (Modifier.isSynchronized(m)) words += "synchronized"
        if (Modifier.isVolatile(m) && kind == "field") words += "volatile"
        words += kind
        return words.joinToString(" ")
    }

    private fun visibility(m: Int) = if (Modifier.isPublic(m)) "public" else "protected"

    private fun internalName(cls: Class<*>) = cls.name.replace('.', '/')

    private fun descriptor(params: Array<Class<*>>, returns: Class<*>): String =
        params.joinToString("", "(", ")") { descriptor(it) } + descriptor(returns)

    private fun descriptor(type: Class<*>): String = when {
        type.isArray -> "[" + descriptor(type.componentType)
        type == Void.TYPE -> "V"
        type == java.lang.Boolean.TYPE -> "Z"
        type == java.lang.Byte.TYPE -> "B"
        type == java.lang.Character.TYPE -> "C"
        type == java.lang.Short.TYPE -> "S"
        type == java.lang.Integer.TYPE -> "I"
        type == java.lang.Long.TYPE -> "J"
        type == java.lang.Float.TYPE -> "F"
        type == java.lang.Double.TYPE -> "D"
        else -> "L" + internalName(type) + ";"
    }

    /** A small line diff (common prefix/suffix trimmed, LCS on the rest) with three lines of context. */
    internal fun unifiedDiff(fromName: String, toName: String, from: String, to: String): String {
        val a = from.lines()
        val b = to.lines()
        var prefix = 0
        while (prefix < a.size && prefix < b.size && a[prefix] == b[prefix]) prefix++
        var suffix = 0
        while (suffix < a.size - prefix && suffix < b.size - prefix &&
            a[a.size - 1 - suffix] == b[b.size - 1 - suffix]
        ) suffix++
        val midA = a.subList(prefix, a.size - suffix)
        val midB = b.subList(prefix, b.size - suffix)
        // ops: ' ' keep, '-' removed, '+' added, over the whole files
        val ops = ArrayList<Pair<Char, String>>()
        a.subList(0, prefix).forEach { ops += ' ' to it }
        ops += lcsOps(midA, midB)
        a.subList(a.size - suffix, a.size).forEach { ops += ' ' to it }

        val out = StringBuilder("--- $fromName\n+++ $toName\n")
        val context = 3
        val changed = ops.indices.filter { ops[it].first != ' ' }
        var shown = -1
        var printed = 0
        for (i in changed) {
            val start = maxOf(i - context, shown + 1)
            if (start > shown + 1) out.append("@@ ...\n")
            for (j in start..minOf(i + context, ops.size - 1)) {
                if (j <= shown) continue
                out.append(ops[j].first).append(ops[j].second).append('\n')
                shown = j
                if (++printed >= 400) return out.append("... (diff truncated)\n").toString()
            }
        }
        return out.toString()
    }

    private fun lcsOps(a: List<String>, b: List<String>): List<Pair<Char, String>> {
        if (a.size.toLong() * b.size > 25_000_000L) {
            return a.map { '-' to it } + b.map { '+' to it }
        }
        val len = Array(a.size + 1) { IntArray(b.size + 1) }
        for (i in a.indices.reversed()) for (j in b.indices.reversed()) {
            len[i][j] = if (a[i] == b[j]) len[i + 1][j + 1] + 1 else maxOf(len[i + 1][j], len[i][j + 1])
        }
        val ops = ArrayList<Pair<Char, String>>()
        var i = 0
        var j = 0
        while (i < a.size || j < b.size) {
            when {
                i < a.size && j < b.size && a[i] == b[j] -> { ops += ' ' to a[i]; i++; j++ }
                i < a.size && (j == b.size || len[i + 1][j] >= len[i][j + 1]) -> { ops += '-' to a[i]; i++ }
                else -> { ops += '+' to b[j]; j++ }
            }
        }
        return ops
    }
}
