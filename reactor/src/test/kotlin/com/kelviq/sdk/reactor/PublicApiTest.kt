package com.kelviq.sdk.reactor

import com.kelviq.sdk.testing.ApiDump
import io.kotest.core.spec.style.StringSpec

/** The public surface of kelviq-sdk-reactor matches `reactor/api/kelviq-sdk-reactor.api` (update: `-Dkelviq.api.update=true`). */
class PublicApiTest : StringSpec({
    "the public API matches the committed dump" {
        ApiDump.checkJavaFacing("kelviq-sdk-reactor")
    }
})
