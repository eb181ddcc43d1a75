package com.kelviq.sdk.coroutines.it

import com.kelviq.sdk.coroutines.KelviqClient
import com.kelviq.sdk.errors.InternalServerException
import com.kelviq.sdk.errors.NotFoundException
import com.kelviq.sdk.errors.PermissionDeniedException
import com.kelviq.sdk.model.ActivateLicenseParams
import com.kelviq.sdk.model.DeactivateLicenseParams
import com.kelviq.sdk.model.ValidateLicenseParams
import com.kelviq.sdk.testkit.KelviqTestServer
import com.kelviq.sdk.testkit.RequestMatcher
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** The licenses area over real HTTP: activation bounded by the limit and never retried; validate and deactivate. */
class LicensesOverHttpTest : FunSpec({
    test("activate, validate, deactivate, and the documented refusals") {
        KelviqTestServer.start().use { server ->
            server.addLicense("LIC-1", 2, "c1")
            KelviqClient(server.configBuilder().maxRetries(3).build()).use { kelviq ->
                val first = kelviq.licenses.activate(
                    ActivateLicenseParams.builder().licenseKey("LIC-1").customerId("c1").instanceName("laptop").metadata(mapOf("os" to "linux")).build(),
                )
                server.lastRequest()!!.body shouldBe """{"licenseKey":"LIC-1","customerId":"c1","instanceName":"laptop","metadata":{"os":"linux"}}"""
                first.license["activationUsage"] shouldBe 1L
                val check = kelviq.licenses.validate(ValidateLicenseParams.builder().licenseKey("LIC-1").instanceId(first.instanceId).build())
                check.valid shouldBe true
                check.metadata shouldBe mapOf("os" to "linux")

                val activations = RequestMatcher.pathPrefix("/api/v1/license/activate/")
                server.failNext(activations, 1, 500)
                shouldThrow<InternalServerException> { kelviq.licenses.activate(ActivateLicenseParams.builder().licenseKey("LIC-1").build()) }
                server.requestCount(activations) shouldBe 2 // the failed activation was sent once
                kelviq.licenses.activate(ActivateLicenseParams.builder().licenseKey("LIC-1").build())
                shouldThrow<PermissionDeniedException> { kelviq.licenses.activate(ActivateLicenseParams.builder().licenseKey("LIC-1").build()) }

                val done = kelviq.licenses.deactivate(DeactivateLicenseParams.builder().licenseKey("LIC-1").instanceId(first.instanceId).build())
                done.message shouldBe "Deactivated."
                shouldThrow<NotFoundException> {
                    kelviq.licenses.validate(ValidateLicenseParams.builder().licenseKey("LIC-1").instanceId(first.instanceId).build())
                }
                shouldThrow<NotFoundException> { kelviq.licenses.activate(ActivateLicenseParams.builder().licenseKey("LIC-404").build()) }
                ActivateLicenseParams.builder().licenseKey("LIC-1").build().toString().contains("LIC-1") shouldBe false
            }
        }
    }
})
