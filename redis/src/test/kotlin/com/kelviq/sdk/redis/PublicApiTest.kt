package com.kelviq.sdk.redis

import com.kelviq.sdk.testing.ApiDump
import io.kotest.core.spec.style.FunSpec

/** The module's public surface is the committed `api/kelviq-sdk-redis.api`, and it is Java-clean. */
class PublicApiTest : FunSpec({
    test("the public API matches the dump") {
        ApiDump.checkJavaFacing("kelviq-sdk-redis")
    }
})
