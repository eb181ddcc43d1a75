package com.kelviq.sdk.coroutines

import com.kelviq.sdk.testing.ApiDump
import io.kotest.core.spec.style.StringSpec

/** The public surface of kelviq-sdk-coroutines matches `coroutines/api/kelviq-sdk-coroutines.api` (update: `-Dkelviq.api.update=true`). */
class PublicApiTest : StringSpec({
    "the public API matches the committed dump" {
        ApiDump.check("kelviq-sdk-coroutines")
    }
})
