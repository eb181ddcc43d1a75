package com.kelviq.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The README's testkit snippet does what the README says: the injected 503 is retried, then answered. */
class ReadmeSnippetsTest {
    @Test
    void testkitSnippetRetriesTheInjectedFailure() {
        assertEquals(2, ReadmeSnippets.testkitSnippet());
    }
}
