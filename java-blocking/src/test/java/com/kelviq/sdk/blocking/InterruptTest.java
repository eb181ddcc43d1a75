package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kelviq.sdk.errors.KelviqIoException;
import com.kelviq.sdk.testing.MockKelviq;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Interrupting a waiting thread cancels its call, keeps the interrupt flag and throws KelviqIoException. */
class InterruptTest {
    private final MockKelviq mock = new MockKelviq();
    private final KelviqBlockingClient client = KelviqBlockingClient.create(mock.getCore());

    @AfterEach
    void close() {
        client.close();
    }

    /** Runs {@code call} on a new thread, interrupts it once the request hangs, and checks the outcome. */
    private void assertInterruptCancels(Runnable call) throws InterruptedException {
        mock.hang();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                call.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        }, "blocking-caller");
        caller.start();
        assertTrue(mock.getHangStarted().await(30, TimeUnit.SECONDS), "the request reached the engine");
        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(caller.isAlive(), "the caller returned");

        KelviqIoException e = assertInstanceOf(KelviqIoException.class, thrown.get());
        assertInstanceOf(InterruptedException.class, e.getCause());
        assertTrue(stillInterrupted.get(), "the interrupt flag is still set");
        assertTrue(mock.getHangCancelled().await(30, TimeUnit.SECONDS), "the in-flight exchange was cancelled");
    }

    @Test
    void interruptWhileWaitingCancelsTheCall() throws InterruptedException {
        assertInterruptCancels(() -> client.customers().retrieve("c1"));
    }

    @Test
    void interruptWhileWaitingForAPageCancelsTheFetch() throws InterruptedException {
        assertInterruptCancels(() -> client.subscriptions().listAll().iterator().hasNext());
    }

    @Test
    void anAlreadyInterruptedThreadSendsNothing() {
        Thread.currentThread().interrupt();
        try {
            KelviqIoException e = assertThrows(KelviqIoException.class, () -> client.entitlements().hasAccess("c1", "seats"));
            assertInstanceOf(InterruptedException.class, e.getCause());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is kept");
            Iterator<?> pages = client.customers().listAll().iterator();
            assertThrows(KelviqIoException.class, pages::hasNext);
            assertTrue(Thread.currentThread().isInterrupted());
            assertTrue(mock.getRequests().isEmpty(), "no request was sent");
        } finally {
            Thread.interrupted();
        }
    }
}
