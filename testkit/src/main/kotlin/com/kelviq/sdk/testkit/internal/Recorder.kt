package com.kelviq.sdk.testkit.internal

import com.kelviq.sdk.testkit.RecordedRequest

/** Keeps every request received, in arrival order. */
internal class Recorder {
    private val requests = ArrayList<RecordedRequest>()
    private var sequence = 0

    @Synchronized
    fun record(
        method: String,
        path: String,
        query: String?,
        headers: Map<String, List<String>>,
        body: String,
        clientAddress: String = "",
    ): RecordedRequest = RecordedRequest(++sequence, method, path, query, headers, body, clientAddress).also { requests += it }

    @Synchronized
    fun all(): List<RecordedRequest> = requests.toList()

    @Synchronized
    fun clear() = requests.clear()

    /** Forgets the requests and restarts the numbering at 1. */
    @Synchronized
    fun reset() {
        requests.clear()
        sequence = 0
    }
}
