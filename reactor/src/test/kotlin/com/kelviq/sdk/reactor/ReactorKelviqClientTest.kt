package com.kelviq.sdk.reactor

import com.kelviq.sdk.testing.futures
import com.kelviq.sdk.Environment
import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixtures
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.types.shouldBeInstanceOf
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.types.shouldBeSameInstanceAs
import reactor.test.StepVerifier
import java.time.Duration

/** Construction, configuration, toString and close of [ReactorKelviqClient]. */
class ReactorKelviqClientTest : FunSpec({
    BlockHoundSupport.install() // every spec runs under BlockHound, whatever the order
    test("the builder passes every setting to the configuration") {
        ReactorKelviqClient.builder()
            .apiKey("sk_builder_SECRET")
            .environment(Environment.SANDBOX)
            .baseUrl("https://api.example.com/")
            .edgeUrl("https://edge.example.com")
            .apiVersion("v2")
            .timeout(Duration.ofSeconds(4))
            .connectTimeout(Duration.ofSeconds(2))
            .maxRetries(5)
            .allowInsecureHttp(true)
            .callTimeout(Duration.ofSeconds(30))
            .entitlementCache(com.kelviq.sdk.EntitlementCacheConfig.DISABLED)
            .reporter(com.kelviq.sdk.ReporterConfig.builder().queueCapacity(7).build())
            .build().use { kelviq ->
                val c = kelviq.config()
                c.apiKey shouldBe "sk_builder_SECRET"
                c.environment shouldBe Environment.SANDBOX
                c.baseUrl shouldBe "https://api.example.com"
                c.edgeUrl shouldBe "https://edge.example.com"
                c.apiVersion shouldBe "v2"
                c.timeout shouldBe Duration.ofSeconds(4)
                c.connectTimeout shouldBe Duration.ofSeconds(2)
                c.maxRetries shouldBe 5
                c.allowInsecureHttp shouldBe true
                c.callTimeout shouldBe Duration.ofSeconds(30)
                c.entitlementCache shouldBe com.kelviq.sdk.EntitlementCacheConfig.DISABLED
                c.reporter.queueCapacity shouldBe 7
            }
    }

    test("the builder refuses a missing key") {
        shouldThrow<KelviqValidationException> { ReactorKelviqClient.builder().build() }.field shouldBe "apiKey"
    }

    test("create(config) uses that configuration") {
        val config = KelviqConfig.builder().apiKey("sk_cfg_SECRET").build()
        ReactorKelviqClient.create(config).use { it.config() shouldBeSameInstanceAs config }
    }

    test("fromEnv reads KELVIQ_API_KEY and KELVIQ_ENVIRONMENT (set by Surefire for this module)") {
        ReactorKelviqClient.fromEnv().use { kelviq ->
            kelviq.config().environment shouldBe Environment.SANDBOX
            kelviq.config().apiKey shouldBe System.getenv("KELVIQ_API_KEY")
            kelviq.toString() shouldNotContain "SECRET"
        }
    }

    test("toString never shows the key") {
        MockKelviq().use { mock ->
            val text = ReactorKelviqClient.create(mock.core).toString()
            text shouldContain "ReactorKelviqClient("
            text shouldNotContain MockKelviq.API_KEY
            ReactorKelviqClient.builder().apiKey(MockKelviq.API_KEY).toString() shouldNotContain MockKelviq.API_KEY
        }
    }

    test("a client over an existing core shares it, and close() closes that core") {
        val mock = MockKelviq()
        val kelviq = ReactorKelviqClient.create(mock.core)
        kelviq.core() shouldBeSameInstanceAs mock.core
        WireFixtures.retrieveCustomer.answerOn(mock)
        StepVerifier.create(kelviq.customers().retrieve("c1")).expectNext(WireFixtures.EXPECTED_CUSTOMER).verifyComplete()
        mock.core.futures.retrieveCustomer("c1").join().customerId shouldBe "c1"
        kelviq.close()
        // Closed: every later call through the core fails at once with the dedicated exception.
        shouldThrow<com.kelviq.sdk.errors.KelviqClosedException> { kelviq.customers().retrieve("c1").block() }
        shouldThrow<java.util.concurrent.CompletionException> { mock.core.futures.retrieveCustomer("c1").join() }
            .cause.shouldBeInstanceOf<com.kelviq.sdk.errors.KelviqClosedException>()
        kelviq.close() // idempotent
    }
})
