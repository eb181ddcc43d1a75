package com.kelviq.sdk.internal.runtime

import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain

/**
 * The version floors checked when a client is created. The message a real old classpath produces is
 * asserted in a child JVM (integration-tests `OldLibrariesChildJvmTest`) and in the Spring Boot 3.5
 * consumer check; here the comparison and the wording, with versions supplied by hand.
 */
class RuntimeCompatibilityTest : FunSpec({
    data class Row(val found: String, val floor: String, val older: Boolean)

    context("isOlder compares major.minor.patch and ignores qualifiers") {
        withData(
            nameFn = { "${it.found} < ${it.floor} is ${it.older}" },
            Row("1.9.25", "2.2.0", true),
            Row("2.2.21-release-469", "2.2.0", false),
            Row("2.2.0", "2.2.0", false),
            Row("2.1.99", "2.2.0", true),
            Row("1.10.2", "1.10.0", false),
            Row("1.8.1", "1.10.0", true),
            Row("1.10", "1.10.0", false),
            Row("3.7.11", "3.7.0", false),
            Row("3.6.19", "3.7.0", true),
            Row("10.0.0", "9.9.9", false),
            Row("3.8.7.RELEASE", "3.7.0", false),
            Row("unknown", "2.2.0", false),
            Row("", "2.2.0", false),
        ) { (found, floor, older) -> RuntimeCompatibility.isOlder(found, floor) shouldBe older }
    }

    test("the libraries on this build's classpath are accepted") {
        RuntimeCompatibility.describeProblems(RuntimeCompatibility.CORE_LIBRARIES + RuntimeCompatibility.REACTOR_LIBRARIES) shouldBe null
    }

    test("every library on this classpath reports a readable version (a probe that reads nothing would accept anything)") {
        for (library in RuntimeCompatibility.CORE_LIBRARIES) {
            val found = library.foundVersion()
            (found != null && found.first().isDigit()) shouldBe true
        }
    }

    test("the fix of a Boot-managed library names both the Boot property and the BOM to import first") {
        val stdlib = RuntimeCompatibility.CORE_LIBRARIES.first { it.name == "kotlin-stdlib" }
        stdlib.problem("1.9.25") shouldBe "kotlin-stdlib 1.9.25 found, 2.2.0 or newer needed: set the Maven property kotlin.version " +
            "to 2.2.21 or newer (spring-boot-starter-parent), or import org.jetbrains.kotlin:kotlin-bom:2.2.21 before spring-boot-dependencies"
    }

    test("the message names each old library, the version found, the floor and the property that fixes it") {
        val libraries = listOf(
            LibraryFloor("kotlin-stdlib", "2.2.0", "set the Maven property kotlin.version to 2.2.21 or newer") { "1.9.25" },
            LibraryFloor("kotlinx-coroutines-core", "1.10.0", "set the Maven property kotlin-coroutines.version to 1.10.2 or newer") { "1.10.2" },
            LibraryFloor("kotlinx-serialization-core", "1.9.0", "set the Maven property kotlin-serialization.version to 1.9.0 or newer") { "1.6.3" },
            LibraryFloor("unreadable", "1.0.0", "-") { null },
            LibraryFloor("throwing", "1.0.0", "-") { throw NoSuchMethodError("x") },
        )
        val message = RuntimeCompatibility.describeProblems(libraries)!!
        message shouldContain "kotlin-stdlib 1.9.25 found, 2.2.0 or newer needed: set the Maven property kotlin.version to 2.2.21 or newer"
        message shouldContain "kotlinx-serialization-core 1.6.3 found, 1.9.0 or newer needed: " +
            "set the Maven property kotlin-serialization.version to 1.9.0 or newer"
        message shouldNotContain "kotlinx-coroutines-core" // new enough
        message shouldNotContain "unreadable"
        message shouldNotContain "throwing"
    }
})
