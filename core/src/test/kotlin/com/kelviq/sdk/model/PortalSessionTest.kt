package com.kelviq.sdk.model

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** `PortalSession.signedUrl()`: `{customerPortalUrl}?token={token}`, the token percent-encoded. */
class PortalSessionTest : FunSpec({
    test("the documented example, and a portal URL that already has a query") {
        val token = "cpt-4f7c5dc4-da9f-447b-d447-6266dc35ed6d:23fca530-adeb-4685-b3d5-9928c6d38275"
        PortalSession(token, "geo@example.com", "https://www.kelviq.com/portal/aphelo/").signedUrl() shouldBe
            "https://www.kelviq.com/portal/aphelo/?token=cpt-4f7c5dc4-da9f-447b-d447-6266dc35ed6d%3A23fca530-adeb-4685-b3d5-9928c6d38275"
        PortalSession("a b+c&d", null, "https://p.example/x?lang=en").signedUrl() shouldBe "https://p.example/x?lang=en&token=a%20b%2Bc%26d"
    }
})
