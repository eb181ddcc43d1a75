package com.kelviq.sdk.it.compat

import com.kelviq.sdk.KelviqConfig
import com.kelviq.sdk.blocking.KelviqBlockingClient
import com.kelviq.sdk.errors.KelviqException
import kotlin.system.exitProcess

/**
 * The child JVM of [OldLibraryChildJvmTest]: creates a blocking client and prints what happened.
 * Exit 0 = refused with a [KelviqException] (its message on stdout), 3 = the client started, 4 = anything else.
 */
object CreateClientMain {
    @JvmStatic
    fun main(args: Array<String>) {
        val config = KelviqConfig.builder().apiKey("kelviq_test_key").baseUrl("http://127.0.0.1:9").edgeUrl("http://127.0.0.1:9/edge").build()
        val code = try {
            KelviqBlockingClient.create(config).close()
            3
        } catch (e: KelviqException) {
            println(e.message)
            0
        } catch (e: Throwable) {
            e.printStackTrace(System.out)
            4
        }
        System.out.flush()
        exitProcess(code)
    }
}
