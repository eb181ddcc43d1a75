package com.kelviq.sdk.it.compat

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.io.File
import java.util.concurrent.TimeUnit

/**
 * A too-old library on the classpath is refused when the client is created, by name, with the version found,
 * the version needed and the fix, instead of a `NoSuchMethodError` or a network error on the first call.
 * Each case runs [CreateClientMain] in a child JVM whose classpath is this module's test classpath with one
 * library swapped for an old release (copied to `target/old-libs` by the build).
 */
class OldLibraryChildJvmTest : FunSpec({
    val oldLibs = File(System.getProperty("kelviq.oldLibs") ?: error("kelviq.oldLibs is set by the build"))
    val testClasspath = (System.getProperty("surefire.test.class.path") ?: System.getProperty("java.class.path"))
        .split(File.pathSeparator).filter { it.isNotBlank() }

    /** Runs the child with the jar whose file name starts with [artifact] replaced by [oldJar]; returns (exit code, output). */
    fun runWith(artifact: String, oldJar: String): Pair<Int, String> {
        val old = File(oldLibs, oldJar)
        (old.isFile) shouldBe true
        val swapped = testClasspath.count { File(it).name.startsWith("$artifact-") }
        swapped shouldBe 1 // exactly the library under test is replaced
        val classpath = testClasspath.map { if (File(it).name.startsWith("$artifact-")) old.path else it }
        val java = File(System.getProperty("java.home"), "bin/java").path
        val process = ProcessBuilder(java, "-cp", classpath.joinToString(File.pathSeparator), CreateClientMain::class.java.name)
            .redirectErrorStream(true).start()
        val output = process.inputStream.bufferedReader().readText()
        process.waitFor(60, TimeUnit.SECONDS) shouldBe true
        return process.exitValue() to output
    }

    test("kotlinx-coroutines 1.8.1 (Spring Boot 3.5's) is refused by name, with the property and the BOM that fix it") {
        val (code, output) = runWith("kotlinx-coroutines-core-jvm", "kotlinx-coroutines-core-jvm-1.8.1.jar")
        output shouldContain "The Kelviq SDK cannot start"
        output shouldContain "kotlinx-coroutines-core 1.8.1 found, 1.10.0 or newer needed: set the Maven property " +
            "kotlin-coroutines.version to 1.10.2 or newer (spring-boot-starter-parent), " +
            "or import org.jetbrains.kotlinx:kotlinx-coroutines-bom:1.10.2 before spring-boot-dependencies"
        output shouldNotContain "kotlin-stdlib " // new enough here: not named
        output shouldNotContain "NoSuchMethodError"
        code shouldBe 0
    }

    test("kotlinx-serialization 1.6.3 is refused by name") {
        val (code, output) = runWith("kotlinx-serialization-core-jvm", "kotlinx-serialization-core-jvm-1.6.3.jar")
        output shouldContain "kotlinx-serialization-core 1.6.3 found, 1.9.0 or newer needed: set the Maven property kotlin-serialization.version"
        output shouldNotContain "kotlinx-coroutines-core "
        code shouldBe 0
    }
})
