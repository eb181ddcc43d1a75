package com.kelviq.sdk.testkit

/**
 * Chooses the requests a fault or a count applies to. A Java lambda works:
 * `server.failNext(r -> r.getBody().contains("DELTA"), 1, 503)`; the factories cover the usual cases:
 *
 * ```java
 * server.failNext(RequestMatcher.of("POST", "/api/v1/report/usage/"), 2, 503);
 * int reads = server.requestCount(RequestMatcher.method("GET"));
 * ```
 */
public fun interface RequestMatcher {
    /** Whether [request] is chosen. */
    public fun matches(request: RecordedRequest): Boolean

    /** A matcher choosing the requests both this one and [other] choose. */
    public fun and(other: RequestMatcher): RequestMatcher = RequestMatcher { matches(it) && other.matches(it) }

    /** Factories. */
    public companion object {
        /** Every request. */
        @JvmStatic
        public fun any(): RequestMatcher = RequestMatcher { true }

        /** Requests with HTTP [method] (case-insensitive), e.g. `POST`. */
        @JvmStatic
        public fun method(method: String): RequestMatcher = RequestMatcher { it.method.equals(method, ignoreCase = true) }

        /** Requests whose raw path (as received, e.g. `/api/v1/customers/`) starts with [prefix]. */
        @JvmStatic
        public fun pathPrefix(prefix: String): RequestMatcher = RequestMatcher { it.path.startsWith(prefix) }

        /** Requests with HTTP [method] whose raw path starts with [pathPrefix]. */
        @JvmStatic
        public fun of(method: String, pathPrefix: String): RequestMatcher = method(method).and(pathPrefix(pathPrefix))

        /** Requests to the edge host (entitlements, under `/edge/`). */
        @JvmStatic
        public fun edge(): RequestMatcher = RequestMatcher { it.isEdge }
    }
}
