package com.kelviq.sdk.reactor

import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixture
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.respondJson
import io.kotest.matchers.shouldBe
import reactor.blockhound.BlockHound
import reactor.core.publisher.Mono
import reactor.test.StepVerifier

/**
 * Runs [fixture] through core ([viaCore]) and through the Reactor flavour ([viaFlavour], verified
 * with StepVerifier): both must send the fixture's exact request, the same request as each other,
 * and produce the same result. Returns the flavour's result.
 */
suspend fun <I, R : Any> MockKelviq.sameAsCore(
    fixture: WireFixture<I>,
    viaCore: suspend (I) -> R,
    viaFlavour: (I) -> Mono<R>,
): R {
    fixture.answerOn(this)
    val expected = viaCore(fixture.input)
    fixture.assertSent(last)
    val before = requests.size
    var actual: R? = null
    StepVerifier.create(viaFlavour(fixture.input))
        .assertNext { actual = it }
        .verifyComplete()
    requests.size shouldBe before + 1
    fixture.assertSent(last)
    requests[requests.size - 1] shouldBe requests[requests.size - 2]
    actual shouldBe expected
    return actual!!
}

/** Serves 3 pages of 2 copies of [itemJson] at `/{path}/`, pages 1 and 2 linking to the next one. */
fun MockKelviq.serveThreePages(path: String, itemJson: String) {
    handler = { request ->
        val page = request.url.parameters["page"]?.toInt() ?: 1
        val next = if (page < 3) "\"${WireFixtures.API}/$path/?page=${page + 1}\"" else "null"
        respondJson("""{"count":6,"next":$next,"previous":null,"results":[$itemJson,$itemJson]}""")
    }
}

/** Installs BlockHound once per JVM: blocking calls on Reactor's non-blocking threads then fail. */
object BlockHoundSupport {
    private val installed by lazy { BlockHound.install() }

    fun install() = installed
}
