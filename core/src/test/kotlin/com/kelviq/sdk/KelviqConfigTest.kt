package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.testing.MockKelviq
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.time.Duration

/** Builder, DSL, `fromEnv`, defaults, validation and redaction of [KelviqConfig]. */
class KelviqConfigTest : FunSpec({
    val key = MockKelviq.API_KEY

    test("defaults: production hosts, v1, 10 s, 2 retries, no insecure http") {
        val c = KelviqConfig.builder().apiKey(key).build()
        c.apiKey shouldBe key
        c.environment shouldBe Environment.PRODUCTION
        c.baseUrl shouldBe "https://api.kelviq.com"
        c.edgeUrl shouldBe "https://edge.api.kelviq.com"
        c.apiVersion shouldBe "v1"
        c.timeout shouldBe Duration.ofSeconds(10)
        c.connectTimeout shouldBe Duration.ofSeconds(10)
        c.maxRetries shouldBe 2
        c.allowInsecureHttp shouldBe false
    }

    test("environments carry the documented hosts") {
        Environment.PRODUCTION.apiBaseUrl shouldBe "https://api.kelviq.com"
        Environment.PRODUCTION.edgeBaseUrl shouldBe "https://edge.api.kelviq.com"
        Environment.SANDBOX.apiBaseUrl shouldBe "https://sandboxapi.kelviq.com"
        Environment.SANDBOX.edgeBaseUrl shouldBe "https://edge.sandboxapi.kelviq.com"
        Environment.STAGING.apiBaseUrl shouldBe "https://stagingapi.kelviq.com"
        Environment.STAGING.edgeBaseUrl shouldBe "https://edge.stagingapi.kelviq.com"
    }

    test("the builder sets every value; overrides win over the environment and lose their trailing slash") {
        val c = KelviqConfig.builder().apiKey(key).environment(Environment.SANDBOX)
            .baseUrl("https://api.paritydeals.com/").edgeUrl("https://edge.api.paritydeals.com//").apiVersion("v2")
            .timeout(Duration.ofSeconds(3)).connectTimeout(Duration.ofSeconds(1)).maxRetries(5).build()
        c.environment shouldBe Environment.SANDBOX
        c.baseUrl shouldBe "https://api.paritydeals.com"
        c.edgeUrl shouldBe "https://edge.api.paritydeals.com"
        c.apiVersion shouldBe "v2"
        c.timeout shouldBe Duration.ofSeconds(3)
        c.connectTimeout shouldBe Duration.ofSeconds(1)
        c.maxRetries shouldBe 5
    }

    test("only one base overridden with an unknown host: refused naming the other, which would mix hosts") {
        val e = shouldThrow<KelviqValidationException> {
            KelviqConfig.builder().apiKey(key).environment(Environment.STAGING).baseUrl("https://proxy.example.com/kelviq").build()
        }
        e.field shouldBe "edgeUrl"
        e.message!! shouldContain "https://edge.stagingapi.kelviq.com"
        val legacy = KelviqConfig.builder().apiKey(key).baseUrl("https://api.paritydeals.com").build()
        legacy.edgeUrl shouldBe "https://edge.api.paritydeals.com"
    }

    test("the DSL builds the same configuration as the builder") {
        val dsl = KelviqConfig {
            apiKey = key
            environment = Environment.STAGING
            timeout = Duration.ofMillis(1500)
            maxRetries = 0
        }
        val built = KelviqConfig.builder().apiKey(key).environment(Environment.STAGING).timeout(Duration.ofMillis(1500)).maxRetries(0).build()
        dsl.toString() shouldBe built.toString()
        dsl.baseUrl shouldBe "https://stagingapi.kelviq.com"
        dsl.timeout shouldBe Duration.ofMillis(1500)
    }

    test("toBuilder derives an equal copy that can be changed") {
        val c = KelviqConfig.builder().apiKey(key).environment(Environment.SANDBOX).maxRetries(1).build()
        val copy = c.toBuilder().build()
        copy.toString() shouldBe c.toString()
        copy.apiKey shouldBe key
        c.toBuilder().maxRetries(4).build().maxRetries shouldBe 4
    }

    test("toString of the config and its builder never shows the key") {
        val c = KelviqConfig.builder().apiKey(key).build()
        c.toString() shouldNotContain key
        c.toString() shouldContain "apiKey=****"
        c.toBuilder().toString() shouldNotContain key
        KelviqConfig.builder().apiKey(key).toString() shouldNotContain key
    }

    context("fromEnv") {
        fun env(vararg pairs: Pair<String, String>): (String) -> String? = mapOf(*pairs)::get

        test("reads the key alone with production defaults") {
            val c = KelviqConfig.fromEnv(env("KELVIQ_API_KEY" to key))
            c.apiKey shouldBe key
            c.environment shouldBe Environment.PRODUCTION
            c.baseUrl shouldBe "https://api.kelviq.com"
        }

        test("reads all four variables, the environment case-insensitively") {
            val c = KelviqConfig.fromEnv(
                env(
                    "KELVIQ_API_KEY" to key, "KELVIQ_ENVIRONMENT" to "Sandbox",
                    "KELVIQ_BASE_URL" to "https://api.paritydeals.com/", "KELVIQ_EDGE_URL" to "https://edge.api.paritydeals.com",
                ),
            )
            c.environment shouldBe Environment.SANDBOX
            c.baseUrl shouldBe "https://api.paritydeals.com"
            c.edgeUrl shouldBe "https://edge.api.paritydeals.com"
        }

        test("staging by name, blank optional variables ignored") {
            val c = KelviqConfig.fromEnv(
                env("KELVIQ_API_KEY" to key, "KELVIQ_ENVIRONMENT" to " staging ", "KELVIQ_BASE_URL" to " ", "KELVIQ_EDGE_URL" to ""),
            )
            c.environment shouldBe Environment.STAGING
            c.baseUrl shouldBe "https://stagingapi.kelviq.com"
            c.edgeUrl shouldBe "https://edge.stagingapi.kelviq.com"
        }

        test("a missing or blank key is refused naming apiKey") {
            shouldThrow<KelviqValidationException> { KelviqConfig.fromEnv(env()) }.field shouldBe "apiKey"
            shouldThrow<KelviqValidationException> { KelviqConfig.fromEnv(env("KELVIQ_API_KEY" to "  ")) }.field shouldBe "apiKey"
        }

        test("an unknown environment is refused naming KELVIQ_ENVIRONMENT") {
            val e = shouldThrow<KelviqValidationException> {
                KelviqConfig.fromEnv(env("KELVIQ_API_KEY" to key, "KELVIQ_ENVIRONMENT" to "prod"))
            }
            e.field shouldBe "environment"
            e.message!! shouldContain "KELVIQ_ENVIRONMENT"
            e.message!! shouldNotContain key
        }

        test("an insecure base URL from the environment is refused") {
            shouldThrow<KelviqValidationException> {
                KelviqConfig.fromEnv(env("KELVIQ_API_KEY" to key, "KELVIQ_BASE_URL" to "http://api.example.com"))
            }.field shouldBe "baseUrl"
        }
    }

    context("invalid settings are refused naming the field") {
        data class Bad(val name: String, val field: String, val build: KelviqConfig.Builder.() -> Unit)
        withData(
            nameFn = { it.name },
            Bad("no key", "apiKey") { apiKey = null },
            Bad("empty key", "apiKey") { apiKey = "" },
            Bad("blank key", "apiKey") { apiKey = " \t" },
            Bad("key with LF", "apiKey") { apiKey = "sk_1\nX-Injected: 1" },
            Bad("key with CR", "apiKey") { apiKey = "sk_1\r" },
            Bad("key with NUL", "apiKey") { apiKey = "sk_\u00001" },
            Bad("http base to a public host", "baseUrl") { baseUrl = "http://api.example.com" },
            Bad("http edge to a public host", "edgeUrl") { edgeUrl = "http://edge.example.com/" },
            Bad("http base to example.com", "baseUrl") { baseUrl = "http://example.com" },
            Bad("upper-case HTTP scheme to a public host", "baseUrl") { baseUrl = "HTTP://example.com" },
            Bad("http to a name that merely starts with 127.", "baseUrl") { baseUrl = "http://127.0.0.1.example.com" },
            Bad("http to a name that merely starts with localhost", "edgeUrl") { edgeUrl = "http://localhost.example.com" },
            Bad("http to a 127. name that is no IPv4 literal", "baseUrl") { baseUrl = "http://127.0.0.999" },
            Bad("relative base", "baseUrl") { baseUrl = "api.kelviq.com" },
            Bad("ftp base", "baseUrl") { baseUrl = "ftp://api.kelviq.com" },
            Bad("base with a query", "baseUrl") { baseUrl = "https://api.kelviq.com/?x=1" },
            Bad("base with a fragment", "baseUrl") { baseUrl = "https://api.kelviq.com/#x" },
            Bad("base with user info", "baseUrl") { baseUrl = "https://user:pw@api.kelviq.com" },
            Bad("unparsable base", "baseUrl") { baseUrl = "https://exa mple.com" },
            Bad("blank version", "apiVersion") { apiVersion = " " },
            Bad("version with a slash", "apiVersion") { apiVersion = "v1/x" },
            Bad("zero timeout", "timeout") { timeout = Duration.ZERO },
            Bad("negative timeout", "timeout") { timeout = Duration.ofSeconds(-1) },
            Bad("zero connect timeout", "connectTimeout") { connectTimeout = Duration.ZERO },
            Bad("negative retries", "maxRetries") { maxRetries = -1 },
        ) { bad ->
            val e = shouldThrow<KelviqValidationException> { KelviqConfig.builder().apiKey(key).apply(bad.build).build() }
            e.field shouldBe bad.field
            withClue("message names the field") { e.message!! shouldContain bad.field }
        }
    }

    context("plain http is allowed to loopback, or to any host with allowInsecureHttp") {
        withData(
            "http://localhost:8080", "http://127.0.0.1:9999/", "http://127.1.2.3", "http://[::1]:8080",
            "http://localhost", "http://127.0.0.1", "http://LOCALHOST:1/",
        ) { url ->
            val c = KelviqConfig.builder().apiKey(key).baseUrl(url).edgeUrl(url).build()
            c.baseUrl shouldBe url.trimEnd('/')
        }
        test("allowInsecureHttp(true) allows a public http host") {
            val c = KelviqConfig.builder().apiKey(key).baseUrl("http://api.example.com").edgeUrl("http://edge.example.com").allowInsecureHttp(true).build()
            c.baseUrl shouldBe "http://api.example.com"
            c.allowInsecureHttp shouldBe true
            val both = KelviqConfig.builder().apiKey(key).baseUrl("http://example.com").edgeUrl("http://edge.example.com")
                .allowInsecureHttp(true).build()
            both.edgeUrl shouldBe "http://edge.example.com"
        }
        test("https is allowed to any host without allowInsecureHttp") {
            KelviqConfig.builder().apiKey(key).baseUrl("https://example.com").edgeUrl("https://127.0.0.1.example.com").build()
                .edgeUrl shouldBe "https://127.0.0.1.example.com"
        }
    }

    test("RequestOptions refuse a non-positive timeout and negative retries") {
        shouldThrow<KelviqValidationException> { RequestOptions.timeout(Duration.ZERO) }.field shouldBe "timeout"
        shouldThrow<KelviqValidationException> { RequestOptions.maxRetries(-1) }.field shouldBe "maxRetries"
        RequestOptions.builder().timeout(Duration.ofSeconds(1)).maxRetries(0).build() shouldBe
            RequestOptions.builder().maxRetries(0).timeout(Duration.ofSeconds(1)).build()
    }
})
