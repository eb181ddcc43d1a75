package com.kelviq.sdk.testkit.internal

import com.kelviq.sdk.testkit.RecordedRequest
import com.kelviq.sdk.testkit.RequestMatcher
import java.time.Duration

/** What an injected fault does to the request it takes. */
internal sealed class Fault {
    /** Answers [status] with [headers] and [body] without processing the request. */
    class Fail(val status: Int, val headers: Map<String, String>, val body: String) : Fault()

    /** Processes the request normally, then waits [delay] before answering. */
    class Delay(val delay: Duration) : Fault()

    /** Closes the connection without answering and without processing the request. */
    object Drop : Fault()

    /** Answers 200 with a body that is not valid JSON, without processing the request. */
    object Malformed : Fault()
}

/** Faults waiting for requests, taken first-come first-served by the first rule matching a request. */
internal class Faults {
    private class Rule(val matcher: RequestMatcher, var remaining: Int, val fault: Fault)

    private val rules = ArrayList<Rule>()

    @Synchronized
    fun add(matcher: RequestMatcher, count: Int, fault: Fault) {
        require(count >= 0) { "count must be 0 or more, was $count" }
        if (count > 0) rules += Rule(matcher, count, fault)
    }

    /** The fault for [request], consuming one use of its rule, or `null`. */
    @Synchronized
    fun take(request: RecordedRequest): Fault? {
        val rule = rules.firstOrNull { it.matcher.matches(request) } ?: return null
        if (--rule.remaining == 0) rules.remove(rule)
        return rule.fault
    }

    @Synchronized
    fun pending(): Int = rules.sumOf { it.remaining }

    @Synchronized
    fun clear() = rules.clear()
}
