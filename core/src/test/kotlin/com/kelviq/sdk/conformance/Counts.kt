package com.kelviq.sdk.conformance

import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger

/** What the conformance check covered in this run, printed once by each of its specs when it ends. */
object Counts {
    private val calls = ConcurrentHashMap.newKeySet<String>()
    private val bodies = AtomicInteger()
    private val dates = AtomicInteger()
    private val examples = AtomicInteger()
    private val requests = AtomicInteger()

    fun bodies(call: String, n: Int, typedDates: Int) {
        calls += call
        bodies.addAndGet(n)
        dates.addAndGet(typedDates)
    }

    fun examples(n: Int) {
        examples.addAndGet(n)
    }

    fun requests(n: Int) {
        requests.addAndGet(n)
    }

    fun answers(): String = "Conformance with Kelviq's published OpenAPI, answers: ${calls.size} SDK calls over " +
        "${SdkOperations.calls.map { it.operationId }.distinct().size} operations of the document, ${bodies.get()} generated " +
        "schema-valid answers decoded (${dates.get()} dates typed), ${examples.get()} documented examples decoded"

    fun requestsLine(): String = "Conformance with Kelviq's published OpenAPI, requests: ${requests.get()} requests validated " +
        "(path template, query, headers, security, body)"
}
