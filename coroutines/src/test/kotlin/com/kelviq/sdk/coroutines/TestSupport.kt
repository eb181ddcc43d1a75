package com.kelviq.sdk.coroutines

import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.WireFixture
import com.kelviq.sdk.testing.WireFixtures
import com.kelviq.sdk.testing.respondJson
import io.kotest.matchers.shouldBe

/**
 * Runs [fixture] through core ([viaCore]) and through the flavour ([viaFlavour]): both must send
 * the fixture's exact request, the same request as each other, and decode the same result.
 * Returns the flavour's result.
 */
suspend fun <I, R> MockKelviq.sameAsCore(
    fixture: WireFixture<I>,
    viaCore: suspend (I) -> R,
    viaFlavour: suspend (I) -> R,
): R {
    fixture.answerOn(this)
    val expected = viaCore(fixture.input)
    fixture.assertSent(last)
    val actual = viaFlavour(fixture.input)
    fixture.assertSent(last)
    requests[requests.size - 1] shouldBe requests[requests.size - 2]
    actual shouldBe expected
    return actual
}

/** Serves 3 pages of 2 copies of [itemJson] at `/{path}/`, pages 1 and 2 linking to the next one. */
fun MockKelviq.serveThreePages(path: String, itemJson: String) {
    handler = { request ->
        val page = request.url.parameters["page"]?.toInt() ?: 1
        val next = if (page < 3) "\"${WireFixtures.API}/$path/?page=${page + 1}\"" else "null"
        respondJson("""{"count":6,"next":$next,"previous":null,"results":[$itemJson,$itemJson]}""")
    }
}
