package com.kelviq.sdk.it.api

import com.kelviq.sdk.KelviqOperation
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import java.io.File

/**
 * Every flavour offers exactly the operations of [KelviqOperation] in each area, and each public method's
 * documentation points to the operation's one written contract (`[KelviqOperation.X]` in Kotlin,
 * `{@link KelviqOperation#X}` in Java), so a flavour can neither miss an operation nor restate (and drift from)
 * its contract. Read from the flavours' sources, which sit beside this module.
 */
class FlavourDriftTest : FunSpec({
    val root = File(System.getProperty("basedir") ?: ".").absoluteFile.parentFile
    val areas = KelviqOperation.entries.groupBy({ it.area }, { it.method })

    data class Flavour(val name: String, val dir: String, val file: (area: String) -> String, val java: Boolean)

    val flavours = listOf(
        Flavour("coroutines", "coroutines/src/main/kotlin/com/kelviq/sdk/coroutines", { "${it.cap()}Api.kt" }, java = false),
        Flavour("reactor", "reactor/src/main/kotlin/com/kelviq/sdk/reactor", { "Reactor${it.cap()}Api.kt" }, java = false),
        Flavour("blocking", "java-blocking/src/main/java/com/kelviq/sdk/blocking", { "Blocking${it.cap()}Api.java" }, java = true),
        Flavour("async", "java-blocking/src/main/java/com/kelviq/sdk/blocking", { "Async${it.cap()}Api.java" }, java = true),
    )

    for (flavour in flavours) {
        for ((area, methods) in areas) {
            test("${flavour.name} $area: the operations of KelviqOperation, each documented by a link to its contract") {
                val source = File(root, "${flavour.dir}/${flavour.file(area)}").readText()
                val found = publicMethods(source, flavour.java)
                withClue("operations of ${flavour.file(area)}") { found.map { it.first }.toSet() shouldBe methods.toSet() }
                val undocumented = found.filter { (method, doc) ->
                    val constant = KelviqOperation.entries.single { it.area == area && it.method == method }.name
                    !doc.contains(if (flavour.java) "{@link KelviqOperation#$constant}" else "[KelviqOperation.$constant]")
                }
                withClue("methods whose doc does not link their KelviqOperation") { undocumented.map { it.first }.shouldBeEmpty() }
            }
        }
    }

    test("the operation table itself: ids are area.method, unique, and every contract is written (KDoc) once") {
        KelviqOperation.entries.map { it.id }.toSet().size shouldBe KelviqOperation.entries.size
        val source = File(root, "core/src/main/kotlin/com/kelviq/sdk/KelviqOperation.kt").readText()
        for (op in KelviqOperation.entries) {
            withClue(op.name) { Regex("""\*/\s*\n\s*${op.name}\("${Regex.escape(op.id)}"[,)]""").containsMatchIn(source) shouldBe true }
        }
    }
})

private fun String.cap() = replaceFirstChar { it.uppercase() }

/** Each public method of a source file with the doc comment right before it (annotations may sit between). */
private fun publicMethods(source: String, java: Boolean): List<Pair<String, String>> {
    val signature = if (java) """public (?!final class|static|class)[\w<>?,\s]+? (\w+)\(""" else """public (?:suspend )?fun (\w+)\("""
    val pattern = Regex("""(/\*\*(?:(?!\*/).)*\*/)?\s*(?:@\w+(?:\([^)]*\))?\s*)*$signature""", RegexOption.DOT_MATCHES_ALL)
    return pattern.findAll(source)
        .filterNot { it.groupValues[2] == "toString" }
        .map { it.groupValues[2] to it.groupValues[1] }
        .toList()
}
