package com.kelviq.sdk.internal.runtime

import com.kelviq.sdk.errors.KelviqException
import com.kelviq.sdk.internal.validation.Checks

/**
 * Checks, when a client is created, that the libraries the SDK runs on are not older than the
 * floors it was built and tested for (DESIGN.md, "Dependencies"). Without it, a too-old library
 * (typically pinned by a framework's dependency management) shows up much later as a
 * `NoSuchMethodError` or, worse, as a network error on every call.
 *
 * The versions are read once per JVM (manifests and version resources, no reflection per call);
 * a library whose version cannot be read is not refused. This file deliberately uses only JDK calls
 * and the oldest Kotlin constructs, so that it runs on the very stdlib versions it refuses.
 */
internal object RuntimeCompatibility {
    /** The libraries every flavour runs on. */
    internal val CORE_LIBRARIES: List<LibraryFloor> = listOf(
        LibraryFloor("kotlin-stdlib", "2.2.0", bootFix("kotlin.version", "org.jetbrains.kotlin:kotlin-bom", "2.2.21")) { KotlinVersion.CURRENT.toString() },
        LibraryFloor("kotlinx-coroutines-core", "1.10.0", bootFix("kotlin-coroutines.version", "org.jetbrains.kotlinx:kotlinx-coroutines-bom", "1.10.2")) {
            resourceText("kotlinx.coroutines.Job", "META-INF/kotlinx_coroutines_core.version")
        },
        LibraryFloor("kotlinx-serialization-core", "1.9.0", bootFix("kotlin-serialization.version", "org.jetbrains.kotlinx:kotlinx-serialization-bom", "1.9.0")) {
            implementationVersion("kotlinx.serialization.KSerializer")
        },
        LibraryFloor("ktor-client-core", "3.3.0", "import io.ktor:ktor-bom 3.3.3 or newer in dependencyManagement") {
            implementationVersion("io.ktor.client.HttpClient")
        },
    )

    /** What the Reactor flavour needs on top of [CORE_LIBRARIES]. */
    internal val REACTOR_LIBRARIES: List<LibraryFloor> = listOf(
        LibraryFloor("reactor-core", "3.7.0", bootFix("reactor-bom.version", "io.projectreactor:reactor-bom", "2025.0.6")) {
            implementationVersion("reactor.core.publisher.Mono")
        },
    )

    private val coreProblems: String? by lazy { describeProblems(CORE_LIBRARIES) }
    private val reactorProblems: String? by lazy { describeProblems(REACTOR_LIBRARIES) }

    /** Throws a [KelviqException] naming every library below its floor; once per JVM it reads the versions. */
    fun requireCompatible() {
        coreProblems?.let { throw KelviqException(it) }
    }

    /** [requireCompatible] plus the Reactor flavour's libraries. */
    fun requireCompatibleWithReactor() {
        requireCompatible()
        reactorProblems?.let { throw KelviqException(it) }
    }

    /** The refusal message for [libraries], or `null` when each is new enough (or unreadable). */
    internal fun describeProblems(libraries: List<LibraryFloor>): String? {
        val lines = ArrayList<String>()
        for (library in libraries) {
            val found = try {
                library.foundVersion()
            } catch (e: Throwable) {
                null
            }
            if (found != null && isOlder(found, library.floor)) lines.add(library.problem(found))
        }
        if (lines.isEmpty()) return null
        val message = StringBuilder("The Kelviq SDK cannot start: libraries on the classpath are older than it needs.")
        for (line in lines) message.append("\n  - ").append(line)
        message.append("\nThe properties named are Spring Boot's; with Gradle, constrain the same versions.")
        message.append(" See the README, \"Compatibility\".")
        return message.toString()
    }

    /** Whether dotted version [found] (e.g. `1.9.25`, `2.2.21-release-469`) is below [floor]. */
    internal fun isOlder(found: String, floor: String): Boolean {
        val a = numericParts(found)
        val b = numericParts(floor)
        if (a.isEmpty()) return false
        for (i in 0 until maxOf(a.size, b.size)) {
            val x = if (i < a.size) a[i] else 0
            val y = if (i < b.size) b[i] else 0
            if (x != y) return x < y
        }
        return false
    }

    private fun numericParts(version: String): IntArray {
        val parts = ArrayList<Int>()
        for (piece in version.trim().split('.')) {
            var digits = 0
            while (digits < piece.length && piece[digits] in '0'..'9') digits++
            if (digits == 0) break
            parts.add(piece.substring(0, digits).toInt())
            if (digits < piece.length) break
            if (parts.size == 3) break
        }
        return parts.toIntArray()
    }

    /**
     * The fix in a Spring Boot build: the Boot property when Boot is the parent, or the library's own BOM
     * imported before `spring-boot-dependencies` (an imported BOM does not read the importer's properties).
     */
    private fun bootFix(property: String, bom: String, version: String): String =
        "set the Maven property $property to $version or newer (spring-boot-starter-parent), " +
            "or import $bom:$version before spring-boot-dependencies"

    private fun classOrNull(name: String): Class<*>? =
        try {
            Class.forName(name, false, RuntimeCompatibility::class.java.classLoader)
        } catch (e: ClassNotFoundException) {
            null
        } catch (e: LinkageError) {
            null
        }

    private fun implementationVersion(className: String): String? = classOrNull(className)?.`package`?.implementationVersion

    private fun resourceText(className: String, resource: String): String? {
        val loader = classOrNull(className)?.classLoader ?: return null
        val stream = loader.getResourceAsStream(resource) ?: return null
        return stream.use { String(it.readBytes(), Charsets.UTF_8).trim() }.takeIf { it.isNotEmpty() }
    }
}

/**
 * One library the SDK needs at run time: its [name], the oldest version it runs on ([floor]), what
 * to do about an older one ([fix]), and how to read the version on the classpath ([foundVersion]).
 */
internal class LibraryFloor(
    val name: String,
    val floor: String,
    val fix: String,
    val foundVersion: () -> String?,
) {
    /** One line of the refusal message. */
    fun problem(found: String): String = "$name $found found, $floor or newer needed: $fix"
}
