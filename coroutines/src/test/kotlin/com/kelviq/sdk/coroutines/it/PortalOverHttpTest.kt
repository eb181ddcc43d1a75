package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.BadRequestException
import com.kelviq.sdk.testkit.KelviqTestServer
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import java.net.URLDecoder

/** `portal.createSession` over real HTTP: the exact request, the signed link, the documented 400s. */
class PortalOverHttpTest : FunSpec({
    test("a session for a customer with an e-mail; the signed link carries the token percent-encoded") {
        KelviqTestServer.start().use { server ->
            server.addCustomer("c1", "Ann", "ann@example.com").addCustomer("c2")
            KelviqClient(server.config()).use { kelviq ->
                val session = kelviq.portal.createSession("c1")
                val sent = server.lastRequest()!!
                sent.method shouldBe "POST"
                sent.path shouldBe "/api/v1/portal/session/"
                sent.body shouldBe """{"customerId":"c1"}"""
                session.email shouldBe "ann@example.com"
                session.token shouldStartWith "cpt-"
                val link = session.signedUrl()
                link shouldStartWith session.customerPortalUrl + "?token=cpt-"
                val encodedToken = link.substringAfter("?token=")
                encodedToken.contains(":") shouldBe false // the token's ':' is percent-encoded
                encodedToken.contains("%3A") shouldBe true
                URLDecoder.decode(link.substringAfter("?token="), "UTF-8") shouldBe session.token
                session.toString().contains(session.token) shouldBe false

                shouldThrow<BadRequestException> { kelviq.portal.createSession("c2") }
                    .fieldErrors["customerId"] shouldBe listOf("Customer does not have an email")
                shouldThrow<BadRequestException> { kelviq.portal.createSession("nobody") }
                    .fieldErrors["customerId"] shouldBe listOf("Invalid customer id")
            }
        }
    }
})
