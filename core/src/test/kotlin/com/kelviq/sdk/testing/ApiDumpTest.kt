package com.kelviq.sdk.testing

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.File
import java.nio.file.Files

/** A fixture surface: public, protected and hidden members, a nested class and a synthetic accessor. */
@Suppress("unused")
open class ApiDumpFixture(val name: String) {
    protected open fun hook(times: Int): Array<String> = arrayOf(name)
    private fun hidden() = Unit
    internal fun mangled() = Unit
    internal constructor(n: Int) : this(n.toString())
    internal val secret: String = "hidden"

    /** A public nested class. */
    class Nested { @JvmField var count: Long = 0 }
    private class Hidden

    companion object {
        @JvmStatic fun of(name: String, vararg tags: String): ApiDumpFixture = ApiDumpFixture(name + tags.size)
    }
}

/** Kotlin-internal: public in bytecode, left out of the dump. */
internal class ApiDumpFixtureInternal

/** A class whose companion is internal: neither the companion nor its field are listed. */
class ApiDumpFixtureQuiet internal constructor() {
    internal companion object {
        fun make() = ApiDumpFixtureQuiet()
    }
}

class ApiDumpTest : StringSpec({

    fun moduleWithFixture(dump: String?): File {
        val module = Files.createTempDirectory("api-dump").toFile()
        val source = File(ApiDumpFixture::class.java.protectionDomain.codeSource.location.toURI())
        val classes = File(module, "target/classes/com/kelviq/sdk/testing").apply { mkdirs() }
        source.resolve("com/kelviq/sdk/testing").listFiles()!!
            .filter { it.name.startsWith("ApiDumpFixture") }
            .forEach { it.copyTo(File(classes, it.name)) }
        if (dump != null) File(module, "api").apply { mkdirs() }.resolve("fixture.api").writeText(dump)
        return module
    }

    val expected = """
        public class com/kelviq/sdk/testing/ApiDumpFixture {
        	public static final field Companion Lcom/kelviq/sdk/testing/ApiDumpFixture${'$'}Companion;
        	public fun <init> (Ljava/lang/String;)V
        	public final fun getName ()Ljava/lang/String;
        	protected fun hook (I)[Ljava/lang/String;
        	public static final fun of (Ljava/lang/String;[Ljava/lang/String;)Lcom/kelviq/sdk/testing/ApiDumpFixture;
        }

        public static final class com/kelviq/sdk/testing/ApiDumpFixture${'$'}Companion {
        	public final fun of (Ljava/lang/String;[Ljava/lang/String;)Lcom/kelviq/sdk/testing/ApiDumpFixture;
        }

        public static final class com/kelviq/sdk/testing/ApiDumpFixture${'$'}Nested {
        	public field count J
        	public fun <init> ()V
        }

        public final class com/kelviq/sdk/testing/ApiDumpFixtureQuiet {
        }


    """.trimIndent()

    "renders public and protected members sorted, skipping private, synthetic and hidden classes" {
        val module = moduleWithFixture(null)
        ApiDump.render(File(module, "target/classes"), javaClass.classLoader) shouldBe expected
    }

    "passes on an identical dump and fails with a diff naming the update flag on a changed one" {
        ApiDump.check("fixture", moduleWithFixture(expected), update = false)
        val changed = expected.replace("\tpublic final fun getName ()Ljava/lang/String;\n", "")
        val error = shouldThrow<AssertionError> { ApiDump.check("fixture", moduleWithFixture(changed), update = false) }
        error.message shouldContain "+\tpublic final fun getName ()Ljava/lang/String;"
        error.message shouldContain "-D${ApiDump.UPDATE_PROPERTY}=true"
    }

    "a kotlin or kotlinx type in a listed signature is a leak, except an enum's getEntries" {
        val dump = """
            public final class a/B {
            	public final fun getDetails ()Lkotlinx/serialization/json/JsonObject;
            	public final fun getName ()Ljava/lang/String;
            	public static fun getEntries ()Lkotlin/enums/EnumEntries;
            	public final fun call (Lkotlin/jvm/functions/Function1;)V
            }
        """.trimIndent()
        ApiDump.kotlinTypeLeaks(dump) shouldBe listOf(
            "public final class a/B :: public final fun getDetails ()Lkotlinx/serialization/json/JsonObject;",
            "public final class a/B :: public final fun call (Lkotlin/jvm/functions/Function1;)V",
        )
    }
})
