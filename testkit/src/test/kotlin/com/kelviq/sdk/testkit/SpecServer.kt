package com.kelviq.sdk.testkit

import com.kelviq.sdk.KelviqCore
import io.kotest.core.spec.style.StringSpec

/** One test server per spec, with a core and a raw JDK client pointed at it; state reset before each test. */
class SpecServer : AutoCloseable {
    val server: KelviqTestServer = KelviqTestServer.start()
    val core: KelviqCore = KelviqCore.create(server.config())
    val raw: RawClient = RawClient(server)

    override fun close() {
        core.close()
        server.close()
    }
}

/** Registers a [SpecServer] on this spec: reset before each test, closed after the spec. */
fun StringSpec.specServer(): SpecServer {
    val s = SpecServer()
    beforeTest { s.server.reset() }
    afterSpec { s.close() }
    return s
}
