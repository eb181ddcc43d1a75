package com.kelviq.sdk.internal.transport

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.errors.KelviqIoException
import com.kelviq.sdk.errors.KelviqTimeoutException
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.customers
import com.kelviq.sdk.testing.respondJson
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.types.shouldBeInstanceOf
import java.time.Duration
import kotlinx.coroutines.awaitCancellation

/** Transport behaviour beyond status codes: timeouts, the response size cap. */
class KelviqTransportTest : FunSpec({
    val short = RequestOptions.timeout(Duration.ofMillis(150))

    test("a request exceeding its timeout raises KelviqTimeoutException, a KelviqIoException") {
        MockKelviq().use { m ->
            m.handler = { awaitCancellation() }
            val e = shouldThrow<KelviqTimeoutException> { m.core.customers.retrieve("c1", short) }
            e.shouldBeInstanceOf<KelviqIoException>()
            e.attempts shouldBe 1
            e.message!! shouldContain "timed out"
            e.message!! shouldContain "GET https://api.kelviq.com/api/v1/customers/c1/"
        }
    }

    test("a timed-out read is retried; a timed-out create is not (it may have been processed)") {
        MockKelviq(MockKelviq.testConfig { maxRetries(1) }).use { m ->
            var i = 0
            m.handler = { if (i++ == 0) awaitCancellation() else respondJson("""{"id":"u1","customerId":"c1"}""") }
            m.core.customers.retrieve("c1", short).customerId shouldBe "c1"
            m.requests.size shouldBe 2
        }
        MockKelviq(MockKelviq.testConfig { maxRetries(2) }).use { m ->
            m.handler = { awaitCancellation() }
            shouldThrow<KelviqTimeoutException> { m.core.customers.create(CreateCustomerParams.builder().customerId("c1").build(), short) }
            m.requests.size shouldBe 1
        }
    }

    test("a response declaring more than 16 MiB is refused without reading it") {
        MockKelviq().use { m ->
            m.answer("{}", 200, mapOf("Content-Length" to (KelviqTransport.DEFAULT_MAX_RESPONSE_BYTES + 1).toString()))
            shouldThrow<KelviqIoException> { m.core.customers.retrieve("c1") }.message!! shouldContain "cap"
        }
    }
})
