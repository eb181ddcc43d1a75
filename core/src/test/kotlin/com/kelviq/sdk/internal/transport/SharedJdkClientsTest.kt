package com.kelviq.sdk.internal.transport

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.booleans.shouldBeFalse
import io.kotest.matchers.booleans.shouldBeTrue
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.types.shouldBeSameInstanceAs
import io.kotest.matchers.types.shouldNotBeSameInstanceAs
import java.net.http.HttpClient
import java.security.KeyStore
import java.time.Duration

class SharedJdkClientsTest : FunSpec({
    val onJdk21 = runCatching { HttpClient::class.java.getMethod("shutdownNow") }.isSuccess
    var built = 0

    fun settings(timeout: Long = 10, store: KeyStore? = null, password: String? = null) = SharedJdkClients.Settings(
        false, Duration.ofSeconds(timeout), null, store, "proxy.local", 3128, "u".takeIf { password != null }, password,
    )

    fun lease(settings: SharedJdkClients.Settings) = SharedJdkClients.lease(settings) { built++; HttpClient.newHttpClient() }

    beforeEach { built = 0 }

    test("equal settings share one JDK client; a different timeout, trust store or credential gets its own") {
        val a = lease(settings(timeout = 11))
        val b = lease(settings(timeout = 11))
        a.client shouldBeSameInstanceAs b.client
        val store = KeyStore.getInstance(KeyStore.getDefaultType()).apply { load(null, null) }
        val others = listOf(settings(timeout = 12), settings(timeout = 11, store = store), settings(timeout = 11, password = "p"))
            .map(::lease)
        others.forEach { it.client shouldNotBeSameInstanceAs a.client }
        built shouldBe 4
        (listOf(a, b) + others).forEach { it.release() }
    }

    test("released by its last lease: shut down at once on JDK 21+, kept for the linger on JDK 17 and taken up again") {
        val first = lease(settings(timeout = 21))
        val second = lease(settings(timeout = 21))
        first.release()
        first.release() // a second release of one lease counts once
        val third = lease(settings(timeout = 21))
        third.client shouldBeSameInstanceAs first.client // the second lease still held it
        second.release()
        third.release()
        val again = lease(settings(timeout = 21))
        if (onJdk21) {
            val terminated = HttpClient::class.java.getMethod("isTerminated")
            val deadline = System.nanoTime() + 5_000_000_000
            while (terminated.invoke(first.client) != true && System.nanoTime() < deadline) Thread.sleep(10)
            (terminated.invoke(first.client) as Boolean).shouldBeTrue()
            again.client shouldNotBeSameInstanceAs first.client
            built shouldBe 2
        } else {
            again.client shouldBeSameInstanceAs first.client
            built shouldBe 1
        }
        again.release()
    }

    test("an unused client is no longer held: at once on JDK 21+, after the linger on JDK 17") {
        val saved = SharedJdkClients.linger
        SharedJdkClients.linger = Duration.ofMillis(200)
        try {
            val before = SharedJdkClients.held()
            val first = lease(settings(timeout = 31))
            SharedJdkClients.held() shouldBe before + 1
            first.release()
            SharedJdkClients.held() shouldBe if (onJdk21) before else before + 1
            Thread.sleep(500)
            SharedJdkClients.held() shouldBe before
            lease(settings(timeout = 31)).apply { client shouldNotBeSameInstanceAs first.client }.release()
        } finally {
            SharedJdkClients.linger = saved
        }
    }

    test("settings print no proxy credential") {
        settings(password = "s3cret-pass").toString() shouldNotContain "s3cret-pass"
        settings(password = "s3cret-pass") shouldNotBe settings(password = "other")
        (settings() == settings()).shouldBeTrue()
        (settings(timeout = 1) == settings(timeout = 2)).shouldBeFalse()
    }
})
