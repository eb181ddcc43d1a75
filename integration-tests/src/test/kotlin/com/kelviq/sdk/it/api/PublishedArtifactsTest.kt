package com.kelviq.sdk.it.api

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import java.io.File
import java.lang.reflect.Modifier
import java.util.jar.JarFile

/**
 * What `mvn install` publishes, checked on the jars the build just made: each published module has its
 * `-sources.jar` and `-javadoc.jar` beside the main jar, an `Automatic-Module-Name`, API docs without the internal
 * packages, documented public types, and response models without data-class `copy`/`componentN`.
 */
class PublishedArtifactsTest : FunSpec({
    val root = File(System.getProperty("basedir") ?: ".").absoluteFile.parentFile

    data class Published(val dir: String, val artifactId: String, val moduleName: String, val sources: String)

    val published = listOf(
        Published("core", "kelviq-sdk-core", "com.kelviq.sdk", "src/main/kotlin"),
        Published("coroutines", "kelviq-sdk-coroutines", "com.kelviq.sdk.coroutines", "src/main/kotlin"),
        Published("reactor", "kelviq-sdk-reactor", "com.kelviq.sdk.reactor", "src/main/kotlin"),
        Published("java-blocking", "kelviq-sdk-java-blocking", "com.kelviq.sdk.blocking", "src/main/java"),
        Published("testkit", "kelviq-sdk-testkit", "com.kelviq.sdk.testkit", "src/main/kotlin"),
    )

    fun jar(module: Published, classifier: String?): File {
        val target = File(root, "${module.dir}/target")
        val suffix = if (classifier == null) ".jar" else "-$classifier.jar"
        val found = target.listFiles { f -> f.name.startsWith(module.artifactId + "-") && f.name.endsWith(suffix) &&
            (classifier != null || !Regex("-(sources|javadoc|tests)\\.jar$").containsMatchIn(f.name)) }
        return withClue("${module.artifactId}${if (classifier == null) "" else "-$classifier"}.jar in $target") {
            found?.singleOrNull().shouldNotBeNull()
        }
    }

    for (module in published) {
        test("${module.artifactId}: main, -sources and -javadoc jars, Automatic-Module-Name ${module.moduleName}") {
            JarFile(jar(module, null)).use { it.manifest.mainAttributes.getValue("Automatic-Module-Name") shouldBe module.moduleName }
            JarFile(jar(module, "sources")).use { sources ->
                val ext = if (module.sources.endsWith("java")) ".java" else ".kt"
                withClue("source files") { sources.entries().toList().any { it.name.endsWith(ext) } shouldBe true }
            }
            JarFile(jar(module, "javadoc")).use { docs ->
                val names = docs.entries().toList().map { it.name }
                withClue("index.html") { names.contains("index.html") shouldBe true }
                withClue("pages of internal packages") { names.filter { "/internal/" in it }.shouldBeEmpty() }
            }
        }

        test("${module.artifactId}: every public type outside internal packages is documented") {
            val java = module.sources.endsWith("java")
            val declaration = if (java) {
                Regex("""^\s*public (?:static |final |abstract )*(?:class|interface|enum|@interface) (\w+)""")
            } else {
                Regex("""^\s*public (?:(?:data|enum|annotation|sealed|abstract|open|fun|value|companion) )*(?:class|interface|object)\s*(\w*)""")
            }
            val undocumented = File(root, "${module.dir}/${module.sources}").walkTopDown()
                .filter { it.isFile && (it.name.endsWith(".kt") || it.name.endsWith(".java")) && "/internal/" !in it.invariantSeparatorsPath }
                .flatMap { file ->
                    val lines = file.readLines()
                    lines.indices.filter { declaration.containsMatchIn(lines[it]) }.filterNot { i ->
                        var j = i - 1
                        while (j >= 0 && lines[j].trim().startsWith("@")) j--
                        j >= 0 && lines[j].trim().endsWith("*/")
                    }.map { "${file.name}:${it + 1}: ${lines[it].trim()}" }
                }.toList()
            undocumented.shouldBeEmpty()
        }
    }

    test("response models have no public copy or componentN (a new field stays binary-compatible)") {
        val offenders = JarFile(jar(published[0], null)).use { core ->
            core.entries().toList().map { it.name }
                .filter { it.startsWith("com/kelviq/sdk/model/") && it.endsWith(".class") }
                .map { Class.forName(it.removeSuffix(".class").replace('/', '.'), false, javaClass.classLoader) }
                .flatMap { cls ->
                    cls.declaredMethods.filter { Modifier.isPublic(it.modifiers) && (it.name == "copy" || Regex("component\\d+").matches(it.name)) }
                        .map { "${cls.name}.${it.name}" }
                }
        }
        offenders.shouldBeEmpty()
    }
})
