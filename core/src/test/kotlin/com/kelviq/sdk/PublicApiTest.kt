package com.kelviq.sdk

import com.kelviq.sdk.testing.ApiDump
import io.kotest.core.spec.style.StringSpec

/** The public surface of kelviq-sdk-core matches `core/api/kelviq-sdk-core.api` (update: `-Dkelviq.api.update=true`). */
class PublicApiTest : StringSpec({
    "the public API matches the committed dump" {
        ApiDump.checkJavaFacing("kelviq-sdk-core")
    }
})
