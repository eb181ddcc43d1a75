package com.kelviq.sdk.conformance

import com.kelviq.sdk.errors.KelviqDecodingException
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.services
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/** What an operation needs fails its answer with a message naming the operation and the field; a write's says it was processed. */
class NeededFieldsTest : FunSpec({
    test("a customer without its id fails customers.create, naming both, and says the create was processed") {
        MockKelviq().use { m ->
            m.answer("""{"customerId":"c1","createdOn":"soon"}""", 201)
            val e = shouldThrow<KelviqDecodingException> { m.core.services.customers.create(SdkOperations.calls.first { it.name == "customers.create" }.fixture.input as com.kelviq.sdk.model.CreateCustomerParams) }
            e.message!! shouldContain "customers.create"
            e.message!! shouldContain "'id'"
            e.message!! shouldContain "the request was processed"
            e.processed shouldBe true
            m.requests.size shouldBe 1
        }
    }

    test("an entitlement entry without featureId fails the read, naming both; a read is not marked processed") {
        MockKelviq().use { m ->
            m.answer("""{"customerId":"c1","entitlements":[{"featureType":"METER","usageLimit":3,"currentUsage":1}]}""")
            val e = shouldThrow<KelviqDecodingException> { m.core.services.entitlements.hasAccess("c1", "seats") }
            e.message!! shouldContain "entitlements.hasAccess"
            e.message!! shouldContain "featureId"
            e.processed shouldBe false
        }
    }

    test("a usage report answer that is no JSON at all: processed, never resent") {
        MockKelviq().use { m ->
            m.answer("accepted", 200)
            val call = SdkOperations.calls.first { it.name == "reporting.reportUsage(DELTA)" }
            val e = shouldThrow<KelviqDecodingException> { call.call(m.core.services) }
            e.processed shouldBe true
            com.kelviq.sdk.ReportOutcomes.possiblyProcessed(e) shouldBe true
            m.requests.size shouldBe 1
        }
    }

    test("a usage report answer with one unreadable field is the report, with the value sent") {
        MockKelviq().use { m ->
            m.answer("""{"value":"three","customerId":"c1","featureId":"api-calls","behaviour":"DELTA","timestamp":"soon"}""", 200)
            val call = SdkOperations.calls.first { it.name == "reporting.reportUsage(DELTA)" }
            val report = call.call(m.core.services) as com.kelviq.sdk.model.UsageReport
            report.value shouldBe 3L
            report.timestampText shouldBe "soon"
            m.requests.size shouldBe 1
        }
    }

    test("every needed field of the table, left out of a generated answer, fails the call naming it and the operation") {
        val spec = PublishedSpec.instance
        val tested = HashSet<Pair<String, String>>()
        val wrong = ArrayList<String>()
        for (call in SdkOperations.calls) {
            val op = spec.operation(call.operationId)
            val schema = op.operation.responses[call.fixture.status.toString()]!!.content["application/json"]!!.schema
            for ((component, fields) in SdkOperations.NEEDED) for (field in fields) {
                // A METER entry without hasAccess is read (its access is computed): the test below covers the others.
                if (component == "EntitlementDetail" && field == "hasAccess") continue
                val samples = SchemaSamples(spec, kotlin.random.Random(31L * call.name.hashCode() + field.hashCode()), SdkOperations.NEEDED, component to field)
                val body = (1..40).asSequence().map { samples.sample(schema) }.firstOrNull { samples.omitted } ?: continue
                tested += component to field
                MockKelviq().use { m ->
                    m.answer(body.toString(), call.fixture.status)
                    val error = runCatching { call.call(m.core.services) }.exceptionOrNull()
                    val message = error?.message.orEmpty()
                    if (error !is KelviqDecodingException || "'$field'" !in message || call.fixture.name !in message) {
                        wrong += "${call.name} without $component.$field: ${error?.javaClass?.simpleName} ${message.take(200)}"
                    }
                }
            }
        }
        wrong.shouldBeEmpty()
        tested shouldBe SdkOperations.NEEDED.flatMap { (c, fs) -> fs.map { c to it } }.filterNot { it == ("EntitlementDetail" to "hasAccess") }.toSet()
    }

    test("an entry that is not metered without hasAccess fails the read naming it; a meter without it is read") {
        MockKelviq().use { m ->
            m.answer("""{"customerId":"c1","entitlements":[{"featureId":"sso","featureType":"BOOLEAN"}]}""")
            val e = shouldThrow<KelviqDecodingException> { m.core.services.entitlements.getAllEntitlements("c1") }
            e.message!! shouldContain "entitlements.getAllEntitlements"
            e.message!! shouldContain "'hasAccess'"
            m.answer("""{"customerId":"c1","entitlements":[{"featureId":"seats","featureType":"METER","usageLimit":3,"currentUsage":1}]}""")
            m.core.services.entitlements.hasAccess("c1", "seats") shouldBe true
        }
    }
})
