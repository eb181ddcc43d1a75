package com.kelviq.sdk.benchmarks;

import com.kelviq.sdk.testkit.RecordedRequest;
import com.kelviq.sdk.testkit.RequestMatcher;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateful fault matcher: chooses every {@code n}-th request {@code base} chooses (the n-th, 2n-th, ...),
 * so a {@code failNext(new EveryNthRequest(..), Integer.MAX_VALUE, 503, ...)} fails a steady
 * {@code 1/n} of the attempts, spread over the whole run (retries count as attempts too).
 * Only for fault injection: the testkit asks a fault's matcher once per request.
 */
public final class EveryNthRequest implements RequestMatcher {
    private final RequestMatcher base;
    private final int n;
    private final AtomicLong seen = new AtomicLong();
    private final AtomicLong chosen = new AtomicLong();

    /** Chooses every {@code n}-th request {@code base} chooses. */
    public EveryNthRequest(RequestMatcher base, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more, was " + n);
        }
        this.base = base;
        this.n = n;
    }

    @Override
    public boolean matches(RecordedRequest request) {
        if (!base.matches(request)) {
            return false;
        }
        boolean pick = seen.incrementAndGet() % n == 0;
        if (pick) {
            chosen.incrementAndGet();
        }
        return pick;
    }

    /** How many requests were chosen (faults injected) so far. */
    public long chosen() {
        return chosen.get();
    }
}
