package com.kelviq.sdk.coroutines

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
import java.time.Duration

/** Construction, configuration, toString and close of [KelviqClient]. */
class KelviqClientTest : FunSpec({
    test("the DSL builds a configured client") {
        KelviqClient {
            apiKey = "sk_dsl_SECRET"
            environment = Environment.STAGING
            timeout = Duration.ofSeconds(3)
        }.use { kelviq ->
            kelviq.config.baseUrl shouldBe "https://stagingapi.kelviq.com"
            kelviq.config.timeout shouldBe Duration.ofSeconds(3)
        }
    }

    test("the DSL refuses a missing key") {
        shouldThrow<KelviqValidationException> { KelviqClient { environment = Environment.SANDBOX } }.field shouldBe "apiKey"
    }

    test("a client from a config") {
        val config = KelviqConfig.builder().apiKey("sk_cfg_SECRET").environment(Environment.SANDBOX).build()
        KelviqClient(config).use { it.config shouldBeSameInstanceAs config }
    }

    test("fromEnv reads KELVIQ_API_KEY and KELVIQ_ENVIRONMENT (set by Surefire for this module)") {
        KelviqClient.fromEnv().use { kelviq ->
            kelviq.config.environment shouldBe Environment.SANDBOX
            kelviq.config.apiKey shouldBe System.getenv("KELVIQ_API_KEY")
            kelviq.toString() shouldNotContain "SECRET"
        }
    }

    test("toString never shows the key") {
        MockKelviq().use { mock ->
            val text = KelviqClient(mock.core).toString()
            text shouldContain "KelviqClient("
            text shouldNotContain MockKelviq.API_KEY
            text shouldNotContain "SECRET"
        }
    }

    test("a client over an existing core shares it, and close() closes that core") {
        val mock = MockKelviq()
        val kelviq = KelviqClient(mock.core)
        kelviq.core shouldBeSameInstanceAs mock.core
        WireFixtures.retrieveCustomer.answerOn(mock)
        kelviq.customers.retrieve("c1").customerId shouldBe "c1"
        mock.core.futures.retrieveCustomer("c1").join().customerId shouldBe "c1"
        kelviq.close()
        // Closed: every later call through the core fails at once with the dedicated exception.
        mock.core.isClosed shouldBe true
        shouldThrow<com.kelviq.sdk.errors.KelviqClosedException> { kelviq.customers.retrieve("c1") }
        shouldThrow<java.util.concurrent.CompletionException> { mock.core.futures.retrieveCustomer("c1").join() }
            .cause.shouldBeInstanceOf<com.kelviq.sdk.errors.KelviqClosedException>()
        kelviq.close() // idempotent
    }
})
