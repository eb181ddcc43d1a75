package com.kelviq.sdk.errors

import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.model.CreateCheckoutSessionParams
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.ChargePeriod
import com.kelviq.sdk.model.ReportEventParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.MockKelviq.Companion.API_KEY
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.io.IOException

/** No message, toString or exposed field of an exception, config, core or params ever shows the API key. */
class ApiKeyRedactionTest : FunSpec({
    fun Throwable.shouldNotLeak() {
        message!! shouldNotContain API_KEY
        toString() shouldNotContain API_KEY
        localizedMessage shouldNotContain API_KEY
    }

    context("a server echoing the key in an error body") {
        withData(
            """{"detail":"Invalid token $API_KEY"}""",
            """{"apiKey":["$API_KEY is not valid"]}""",
            """{"error":{"message":"bad key Bearer $API_KEY"}}""",
            """{"status":"error","message":"$API_KEY"}""",
            "Unauthorized: Bearer $API_KEY",
        ) { body ->
            MockKelviq().use { m ->
                m.answer(body, 401)
                val e = shouldThrow<AuthenticationException> { m.core.customers.retrieve("c1") }
                e.shouldNotLeak()
                e.serverMessage shouldNotContain API_KEY
                e.rawBody!! shouldNotContain API_KEY
                e.rawBody!! shouldContain "****"
                e.fieldErrors.toString() shouldNotContain API_KEY
                e.requestUrl shouldNotContain API_KEY
            }
        }
    }

    test("response headers echoing the key are redacted in the exception") {
        MockKelviq().use { m ->
            m.answer("""{"detail":"no"}""", 401, mapOf("WWW-Authenticate" to "Bearer $API_KEY", "X-Request-Id" to "r1"))
            val e = shouldThrow<AuthenticationException> { m.core.customers.retrieve("c1") }
            e.headers.toString() shouldNotContain API_KEY
            e.header("www-authenticate") shouldBe "Bearer ****"
            e.header("x-request-id") shouldBe "r1"
        }
    }

    test("an undecodable 2xx body echoing the key") {
        MockKelviq().use { m ->
            m.answer("<html>your key is $API_KEY</html>", 200)
            val e = shouldThrow<KelviqDecodingException> { m.core.customers.retrieve("c1") }
            e.shouldNotLeak()
            e.rawBody!! shouldNotContain API_KEY
        }
    }

    test("a network failure whose message contains the key") {
        MockKelviq().use { m ->
            m.handler = { throw IOException("connection reset while sending Authorization: Bearer $API_KEY") }
            val e = shouldThrow<KelviqIoException> { m.core.customers.retrieve("c1") }
            e.shouldNotLeak()
        }
    }

    test("config, core and params never print the key") {
        MockKelviq().use { m ->
            m.core.toString() shouldNotContain API_KEY
            m.core.config.toString() shouldNotContain API_KEY
            m.core.config.toBuilder().toString() shouldNotContain API_KEY
            CreateCustomerParams.builder().customerId("c1").build().toString() shouldNotContain API_KEY
            CreateCheckoutSessionParams.builder().planIdentifier("p").chargePeriod(ChargePeriod.MONTHLY).successUrl("https://x.io")
                .build().toString() shouldNotContain API_KEY
            ReportEventParams.builder().customerId("c1").eventName("e").build().toString() shouldNotContain API_KEY
        }
    }

    test("a validation failure of the key itself does not echo it") {
        val e = shouldThrow<KelviqValidationException> {
            com.kelviq.sdk.KelviqConfig.builder().apiKey("$API_KEY\n").build()
        }
        e.shouldNotLeak()
    }
})
