package com.kelviq.sdk.model

import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch
import java.util.UUID

class IdempotencyKeyTest : StringSpec({
    "a generated key is a random version-4 UUID as 32 lowercase hex characters" {
        val keys = (1..1000).map { ReportEventParams.newIdempotencyKey() }
        keys.forEach { key ->
            key shouldMatch Regex("[0-9a-f]{32}")
            val uuid = UUID.fromString(key.replace(Regex("(.{8})(.{4})(.{4})(.{4})(.{12})"), "$1-$2-$3-$4-$5"))
            uuid.version() shouldBe 4
            uuid.variant() shouldBe 2
        }
        keys.toSet().size shouldBe keys.size
    }

    "params built without a key get one, and keep it" {
        val params = ReportEventParams.builder().customerId("c1").eventName("e").build()
        params.idempotencyKey shouldMatch Regex("[0-9a-f]{32}")
        params.toJson()["idempotencyKey"].toString() shouldBe "\"${params.idempotencyKey}\""
    }
})
