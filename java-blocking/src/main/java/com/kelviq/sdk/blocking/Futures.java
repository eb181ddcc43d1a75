package com.kelviq.sdk.blocking;

import com.kelviq.sdk.errors.KelviqException;
import com.kelviq.sdk.errors.KelviqIoException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place where core's futures are waited on and their failures unwrapped, so that every
 * blocking call throws the same exceptions as the suspend operations.
 */
final class Futures {
    private Futures() {
    }

    /**
     * Starts a call and waits for its result on the calling thread.
     *
     * <p>If the thread is already interrupted, nothing is started. If it is interrupted while
     * waiting, the call is cancelled (which aborts its HTTP exchange). Either way the interrupt
     * flag stays set and a {@link KelviqIoException} caused by the {@link InterruptedException}
     * is thrown.
     */
    static <T> T call(Supplier<CompletableFuture<T>> start) {
        if (Thread.currentThread().isInterrupted()) {
            throw interrupted(new InterruptedException("interrupted before the call started"));
        }
        return await(start.get());
    }

    /**
     * Waits for {@code future}; cancels it when the waiting thread is interrupted.
     *
     * @throws KelviqException the failure the future completed with, unwrapped
     */
    static <T> T await(CompletableFuture<T> future) {
        if (Thread.currentThread().isInterrupted()) {
            future.cancel(true);
            throw interrupted(new InterruptedException("interrupted before waiting"));
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw interrupted(e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (CancellationException e) {
            // Not cancelled by this thread: the client was closed, or someone cancelled the future.
            throw new KelviqException("The call was cancelled (is the client closed?)", e);
        }
    }

    /**
     * A future completing with {@code mapper} applied to {@code source}'s result, or failing with
     * exactly {@code source}'s exception (not wrapped in {@code CompletionException}, unlike
     * {@code thenApply}). Cancelling it cancels {@code source}, which aborts the HTTP exchange.
     */
    static <T, R> CompletableFuture<R> map(CompletableFuture<T> source, Function<? super T, ? extends R> mapper) {
        CompletableFuture<R> mapped = new CompletableFuture<>();
        source.whenComplete((value, error) -> {
            if (error != null) {
                mapped.completeExceptionally(error);
                return;
            }
            try {
                mapped.complete(mapper.apply(value));
            } catch (RuntimeException | Error e) {
                mapped.completeExceptionally(e);
            }
        });
        mapped.whenComplete((value, error) -> {
            if (mapped.isCancelled()) {
                source.cancel(true);
            }
        });
        return mapped;
    }

    private static KelviqIoException interrupted(InterruptedException cause) {
        return new KelviqIoException("Interrupted while waiting for a Kelviq call; the call was cancelled", cause, 1);
    }

    /** The exception to throw for a future's failure: Kelviq and other unchecked ones as they are. */
    private static RuntimeException rethrow(Throwable cause) {
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new KelviqException("A Kelviq call failed: " + cause, cause);
    }
}
