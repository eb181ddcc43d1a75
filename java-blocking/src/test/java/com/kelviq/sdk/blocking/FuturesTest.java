package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.errors.KelviqException;
import com.kelviq.sdk.errors.KelviqIoException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The await/unwrap rules of the one helper every blocking call goes through. */
class FuturesTest {
    @Test
    void returnsTheValue() {
        assertEquals("v", Futures.await(CompletableFuture.completedFuture("v")));
    }

    @Test
    void rethrowsAKelviqExceptionAsIs() {
        KelviqIoException failure = new KelviqIoException("down", null, 1);
        assertSame(failure, assertThrows(KelviqIoException.class, () -> Futures.await(CompletableFuture.failedFuture(failure))));
    }

    @Test
    void rethrowsOtherUncheckedExceptionsAsIsEvenWhenWrappedInCompletionException() {
        IllegalStateException failure = new IllegalStateException("bug");
        CompletableFuture<String> wrapped = CompletableFuture.failedFuture(new CompletionException(failure));
        assertSame(failure, assertThrows(IllegalStateException.class, () -> Futures.await(wrapped)));
    }

    @Test
    void wrapsACheckedCauseInAKelviqException() {
        IOException failure = new IOException("disk");
        KelviqException e = assertThrows(KelviqException.class, () -> Futures.await(CompletableFuture.failedFuture(failure)));
        assertSame(failure, e.getCause());
    }

    @Test
    void rethrowsErrorsAsIs() {
        AssertionError failure = new AssertionError("boom");
        assertSame(failure, assertThrows(AssertionError.class, () -> Futures.await(CompletableFuture.failedFuture(failure))));
    }

    @Test
    void aFutureCancelledElsewhereFailsWithAKelviqException() {
        CompletableFuture<String> future = new CompletableFuture<>();
        future.cancel(true);
        assertThrows(KelviqException.class, () -> Futures.await(future));
    }

    @Test
    void anInterruptedThreadCancelsTheFutureAndKeepsItsFlag() {
        CompletableFuture<String> future = new CompletableFuture<>();
        Thread.currentThread().interrupt();
        try {
            KelviqIoException e = assertThrows(KelviqIoException.class, () -> Futures.await(future));
            assertInstanceOf(InterruptedException.class, e.getCause());
            assertTrue(future.isCancelled());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void mapKeepsTheSourceFailureUnwrapped() {
        KelviqIoException failure = new KelviqIoException("down", null, 1);
        CompletableFuture<Integer> mapped = Futures.map(CompletableFuture.<String>failedFuture(failure), String::length);
        assertSame(failure, mapped.handle((v, e) -> e).join());
        assertEquals(2, Futures.map(CompletableFuture.completedFuture("ab"), String::length).join());
    }

    @Test
    void cancellingTheMappedFutureCancelsTheSource() {
        CompletableFuture<String> source = new CompletableFuture<>();
        Futures.map(source, String::length).cancel(true);
        assertTrue(source.isCancelled());
    }
}
