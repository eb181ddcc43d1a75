package com.kelviq.sdk.testkit

import com.kelviq.sdk.testing.ApiDump
import io.kotest.core.spec.style.StringSpec

/** The public surface of kelviq-sdk-testkit matches `testkit/api/kelviq-sdk-testkit.api` (update: `-Dkelviq.api.update=true`). */
class PublicApiTest : StringSpec({
    "the public API matches the committed dump" {
        ApiDump.check("kelviq-sdk-testkit")
    }
})
