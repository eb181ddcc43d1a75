package com.kelviq.sdk.blocking;

import com.kelviq.sdk.internal.bridge.PageCursor;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The pages of a list operation, fetched one at a time without blocking: each {@link #nextPage()} fetches
 * the next page. Nothing is fetched before the first call.
 *
 * <pre>{@code
 * AsyncPageCursor<Customer> pages = client.async().customers().listAll();
 * pages.nextPage().thenAccept(first -> first.forEach(c -> System.out.println(c.getCustomerId())));
 * }</pre>
 *
 * <p>Not thread-safe: call {@link #nextPage()} again only after the previous future completed.
 *
 * @param <T> the item type, e.g. {@code Customer}
 */
public final class AsyncPageCursor<T> {
    private final PageCursor<T> cursor;

    AsyncPageCursor(PageCursor<T> cursor) {
        this.cursor = cursor;
    }

    /**
     * Fetches the next page.
     *
     * @return a future of the next page's items; of an empty list once every page has been read
     */
    public CompletableFuture<List<T>> nextPage() {
        return Futures.map(cursor.nextPage(), items -> items == null ? Collections.<T>emptyList() : items);
    }

    /** Shows the type only. */
    @Override
    public String toString() {
        return "AsyncPageCursor";
    }
}
