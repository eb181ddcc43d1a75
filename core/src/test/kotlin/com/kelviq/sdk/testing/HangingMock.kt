package com.kelviq.sdk.testing

import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.awaitCancellation

/**
 * A [MockKelviq] whose exchanges hang until cancelled, reporting when the first one [started] and
 * how it ended ([aborted]): the probe of every "cancelling the caller aborts the HTTP exchange" test.
 */
class HangingMock : AutoCloseable {
    val started = CompletableDeferred<Unit>()
    val aborted = CompletableDeferred<Throwable>()
    val mock = MockKelviq().apply {
        handler = {
            started.complete(Unit)
            try {
                awaitCancellation()
            } catch (e: CancellationException) {
                aborted.complete(e)
                throw e
            }
        }
    }

    override fun close() = mock.close()
}
