package com.kelviq.consumercheck

import com.kelviq.sdk.testkit.KelviqTestServer
import kotlin.system.exitProcess

/** Every operation of the five areas through the coroutines flavour against the testkit; exits 1 on the first failure. */
public object CoroutinesFlavourCheck {
    @JvmStatic
    public fun main(args: Array<String>) {
        try {
            KelviqTestServer.start().use { server ->
                CoroutinesOps(server.config()).use { ops ->
                    val checked = Scenario(server, ops).run()
                    println("consumer check: ${ops.flavour()} (Kotlin ${KotlinVersion.CURRENT} stdlib): $checked checks passed")
                }
            }
        } catch (failure: Throwable) {
            System.err.println("CONSUMER CHECK FAILED: $failure")
            failure.printStackTrace()
            exitProcess(1)
        }
        exitProcess(0)
    }
}
